using Azure.Storage.Queues;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Introductions;

/// <summary>Messages no retry can fix complete once instead of failing into the poison queue (retrying them would only fill the poison queue and raise alarms).</summary>
public sealed class IntroductionMalformedMessageTests(IntroductionWorld world) : IClassFixture<IntroductionWorld>
{
    [Fact]
    public async Task Malformed_and_unknown_introduction_messages_complete_once_without_poison()
    {
        var queue = new QueueClient(world.StorageConnectionString, StorageNames.IntroductionsQueue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var poison = world.App.Services.GetRequiredService<QueueServiceClient>().GetQueueClient(StorageNames.PoisonQueueOf(StorageNames.IntroductionsQueue));

        await queue.SendMessageAsync("this is not json");
        await queue.SendMessageAsync("""{"introductionId":"../../etc"}""");
        await queue.SendMessageAsync("""{"introductionId":"0123456789abcdef0123456789abcdef"}""");

        // The count includes messages being processed (invisible), so at 0 every message has been handled and
        // deleted; a message on its way to the poison queue is copied there before it is deleted.
        await Eventually.TrueAsync(async () => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0, "the messages are completed");
        Assert.Equal(0, (await poison.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        Assert.Empty(world.App.Errors.All);
    }
}
