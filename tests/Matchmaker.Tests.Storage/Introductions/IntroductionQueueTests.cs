using System.Text.RegularExpressions;
using Azure.Storage.Queues;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Introductions;

/// <summary>What travels on the introductions queue (the introduction's id only, never personal data), with the queue left unconsumed so messages can be read.</summary>
public sealed partial class IntroductionQueueTests(OutboxWorld world) : IClassFixture<OutboxWorld>
{
    [Fact]
    public async Task An_approval_queues_the_introduction_id_and_nothing_about_the_people()
    {
        var introduced = await world.ApprovedAsync(personName: "Ada Lovelace-Example");
        var queue = world.App.Services.GetRequiredService<QueueServiceClient>().GetQueueClient(StorageNames.IntroductionsQueue);

        var bodies = (await queue.PeekMessagesAsync(32)).Value.Select(m => m.Body.ToString()).ToList();

        var body = Assert.Single(bodies, b => b.Contains(introduced.IntroductionId, StringComparison.Ordinal));
        Assert.Matches(MessageShape(), body);
        Assert.DoesNotContain("@", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Ada", body, StringComparison.Ordinal);
    }

    [GeneratedRegex("""^\{"introductionId":"[0-9a-f]{32}"\}$""")]
    private static partial Regex MessageShape();
}
