using Azure.Data.Tables;
using Matchmaker.Email;
using Matchmaker.Email.Events;
using Matchmaker.Platform.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Matchmaker.Tests.Storage.Email;

[Collection(AzuriteTests.Name)]
public sealed class PruneEmailEventsTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 3, 43, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_nightly_run_deletes_the_events_received_before_the_retention_and_keeps_the_rest()
    {
        var table = azurite.Tables.GetTableClient(StorageNames.EmailEventsTable);
        await table.CreateIfNotExistsAsync();
        var store = new EmailEventStore(azurite.Tables);
        var run = Guid.NewGuid().ToString("N");
        var ages = new Dictionary<string, TimeSpan>
        {
            [$"{run}-old"] = TimeSpan.FromDays(30),
            [$"{run}-just-past"] = TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1),
            [$"{run}-just-within"] = TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1),
            [$"{run}-new"] = TimeSpan.FromHours(1),
        };
        foreach (var (id, age) in ages)
        {
            Assert.True((await store.TryInsertAsync(new EmailEventEntity { PartitionKey = id, EventId = id, Event = "delivered", ReceivedAt = Now - age }, default)).Inserted);
        }

        var prune = new PruneEmailEvents(store, Options.Create(new EmailOptions()), new ManualTimeProvider(Now), NullLogger<PruneEmailEvents>.Instance);
        await prune.Run(new TimerInfo(), default);

        var left = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey ge {run} and PartitionKey lt {run + "~"}")))
        {
            left.Add(row.PartitionKey);
        }

        Assert.Equal([$"{run}-just-within", $"{run}-new"], left.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_retention_shorter_than_a_day_still_keeps_a_day_of_events_so_repeats_are_recognised()
    {
        var table = azurite.Tables.GetTableClient(StorageNames.EmailEventsTable);
        await table.CreateIfNotExistsAsync();
        var store = new EmailEventStore(azurite.Tables);
        var id = $"{Guid.NewGuid():N}-two-hours";
        await store.TryInsertAsync(new EmailEventEntity { PartitionKey = id, EventId = id, Event = "bounce", ReceivedAt = Now - TimeSpan.FromHours(2) }, default);

        var prune = new PruneEmailEvents(store, Options.Create(new EmailOptions { EventRetention = TimeSpan.Zero }), new ManualTimeProvider(Now), NullLogger<PruneEmailEvents>.Instance);
        await prune.Run(new TimerInfo(), default);

        Assert.False((await store.TryInsertAsync(new EmailEventEntity { PartitionKey = id, EventId = id, Event = "bounce", ReceivedAt = Now }, default)).Inserted);
    }
}
