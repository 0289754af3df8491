using Azure.Data.Tables;
using Matchmaker.Matching;
using Matchmaker.Needs;
using Matchmaker.Platform.Common;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Matchmaker.Tests.Storage.Matching;

/// <summary>A queued need-updates message stands in for equal ones for a while, and for no other.</summary>
public sealed class NeedMessageStandInTests
{
    [Fact]
    public async Task A_change_queues_nothing_while_an_equal_message_is_on_its_way_and_queues_again_after_a_new_run_version_or_a_minute()
    {
        var tables = new TableServiceClient(await SharedAzurite.NewAccountAsync());
        await tables.CreateTableIfNotExistsAsync(Matchmaker.Platform.Storage.StorageNames.NeedRunsTable);
        var clock = new ManualTimeProvider(DateTimeOffset.Parse("2026-12-03T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var runs = new NeedRuns(tables, Options.Create(new MatchingOptions { QueuedMessageStandsFor = TimeSpan.FromMinutes(1) }), clock, NullLogger<NeedRuns>.Instance);
        var need = new NeedEntity { PartitionKey = EntityId.New(), Version = 1 };

        var first = await QueueAsync(runs, need);
        var same = await runs.MessageToQueueAsync(need, default);
        need.Version = 2;
        var edited = await QueueAsync(runs, need);
        var lease = (await runs.ClaimAsync(need.Id, null, default))!;
        var afterRunStarted = await QueueAsync(runs, need);
        var sameAgain = await runs.MessageToQueueAsync(need, default);
        clock.Advance(TimeSpan.FromMinutes(1));
        var aMinuteLater = await runs.MessageToQueueAsync(need, default);

        Assert.Equal(new NeedUpdatedMessage(need.Id, 1, 0), first);
        Assert.Null(same);
        Assert.Equal(new NeedUpdatedMessage(need.Id, 2, 0), edited);
        Assert.Equal(new NeedUpdatedMessage(need.Id, 2, lease.Number), afterRunStarted);
        Assert.Null(sameAgain);
        Assert.Equal(new NeedUpdatedMessage(need.Id, 2, lease.Number), aMinuteLater);
    }

    private static async Task<NeedUpdatedMessage?> QueueAsync(NeedRuns runs, NeedEntity need)
    {
        var message = await runs.MessageToQueueAsync(need, default);
        await runs.QueuedAsync(message!, default);
        return message;
    }
}
