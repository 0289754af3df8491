using Azure.Storage.Queues;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;
using Matchmaker.Profiles;

namespace Matchmaker.Tests.Storage.Matching;

[Collection(AzuriteTests.Name)]
public sealed class MatchProfileIndexingTests(AzuriteFixture azurite) : SharedAzuriteAppTests(azurite)
{
    [Fact]
    public async Task The_same_message_delivered_three_times_leaves_the_rows_of_one_delivery()
    {
        var id = EntityId.New();
        await new ProfileStore(Azurite.Tables).UpsertAsync(TestProfiles.Entity(id, ProfileStatus.Active, TestProfiles.Valid()), default);
        var queue = Azurite.Queues(QueueMessageEncoding.Base64).GetQueueClient(StorageNames.ProfileUpdatesQueue);
        var message = $$"""{"id":"{{id}}","version":1}""";

        await queue.SendMessageAsync(message);
        await Eventually.TrueAsync(async () => (await SkillIndexRows.OfAsync(Azurite.Tables, id)).Count == 4, "the first delivery is indexed");
        var once = await SkillIndexRows.OfAsync(Azurite.Tables, id);
        await Task.WhenAll(queue.SendMessageAsync(message), queue.SendMessageAsync(message));
        await Eventually.TrueAsync(async () => (await queue.PeekMessagesAsync(32)).Value.Length == 0, "the queue is drained");
        await Eventually.TrueAsync(async () => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0, "no message is in flight");

        Assert.Equal(once, await SkillIndexRows.OfAsync(Azurite.Tables, id));
        Assert.Empty((await Azurite.Queues().GetQueueClient(StorageNames.PoisonQueueOf(StorageNames.ProfileUpdatesQueue)).PeekMessagesAsync(32)).Value);
    }

    [Fact]
    public async Task A_message_without_a_valid_id_completes_without_retries()
    {
        var queue = Azurite.Queues(QueueMessageEncoding.Base64).GetQueueClient(StorageNames.ProfileUpdatesQueue);
        var poison = Azurite.Queues().GetQueueClient(StorageNames.PoisonQueueOf(StorageNames.ProfileUpdatesQueue));
        var poisonedBefore = (await poison.PeekMessagesAsync(32)).Value.Length;

        await queue.SendMessageAsync("""{"id":"../../etc","version":1}""");

        await Eventually.TrueAsync(async () => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0, "the message is completed");
        Assert.Equal(poisonedBefore, (await poison.PeekMessagesAsync(32)).Value.Length);
    }
}
