using Azure.Core;
using Azure.Data.Tables;
using Matchmaker.Platform.Limits;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Tests.Storage.Platform;

/// <summary>The shared hourly counter against real table storage, where instances race for the last use.</summary>
[Collection(AzuriteTests.Name)]
public sealed class LimitCounterTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly ManualTimeProvider clock = new(new DateTimeOffset(2026, 3, 2, 9, 45, 0, TimeSpan.Zero));

    public async Task InitializeAsync() => await azurite.Tables.GetTableClient(StorageNames.LimitsTable).CreateIfNotExistsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Forty_uses_racing_from_four_instances_count_exactly_the_limit_and_refuse_the_rest_until_the_hour_ends()
    {
        var key = $"race-{Guid.NewGuid():N}";
        var instances = Enumerable.Range(0, 4).Select(_ => new LimitCounter(azurite.Tables, clock)).ToList();

        var waits = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => instances[i % 4].TryTakeAsync(key, 7, default)));

        Assert.Equal(7, waits.Count(w => w is null));
        Assert.All(waits.Where(w => w is not null), w => Assert.Equal(TimeSpan.FromMinutes(15), w));
    }

    [Fact]
    public async Task A_new_hour_starts_a_new_count()
    {
        var key = $"hour-{Guid.NewGuid():N}";
        var counter = new LimitCounter(azurite.Tables, clock);
        Assert.Null(await counter.TryTakeAsync(key, 1, default));
        Assert.NotNull(await counter.TryTakeAsync(key, 1, default));

        clock.Advance(TimeSpan.FromMinutes(15));

        Assert.Null(await counter.TryTakeAsync(key, 1, default));
    }

    [Fact]
    public async Task A_daily_count_lasts_the_utc_day_across_hours_and_instances_in_one_row_keyed_by_the_days_first_hour()
    {
        var key = $"day-{Guid.NewGuid():N}";
        var day = TimeSpan.FromDays(1);
        Assert.Null(await new LimitCounter(azurite.Tables, clock).TryTakeAsync(key, 2, day, default));

        clock.Advance(TimeSpan.FromHours(14));
        Assert.Null(await new LimitCounter(azurite.Tables, clock).TryTakeAsync(key, 2, day, default));
        Assert.Equal(TimeSpan.FromMinutes(15), await new LimitCounter(azurite.Tables, clock).TryTakeAsync(key, 2, day, default));

        var rows = new List<TableEntity>();
        await foreach (var row in azurite.Tables.GetTableClient(StorageNames.LimitsTable).QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {key}")))
        {
            rows.Add(row);
        }

        var midnight = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal((midnight.UtcTicks / TimeSpan.FromHours(1).Ticks).ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(rows).RowKey);

        clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Null(await new LimitCounter(azurite.Tables, clock).TryTakeAsync(key, 2, day, default));
    }

    [Fact]
    public async Task Uses_taken_one_after_the_other_on_one_instance_cost_one_write_each_and_a_refusal_none()
    {
        var key = $"cost-{Guid.NewGuid():N}";
        var calls = new RequestMethodLog();
        var options = new TableClientOptions();
        options.AddPolicy(calls, HttpPipelinePosition.PerCall);
        var counter = new LimitCounter(new TableServiceClient(azurite.ConnectionString, options), clock);

        for (var use = 0; use < 3; use++)
        {
            Assert.Null(await counter.TryTakeAsync(key, 3, default));
        }

        Assert.NotNull(await counter.TryTakeAsync(key, 3, default));
        Assert.Equal(["POST", "PUT", "PUT"], calls.Methods);
    }

    [Fact]
    public async Task Uses_of_one_key_side_by_side_on_one_instance_are_counted_together_in_fewer_writes_than_uses_and_no_read()
    {
        var key = $"together-{Guid.NewGuid():N}";
        var calls = new RequestMethodLog();
        var options = new TableClientOptions();
        options.AddPolicy(calls, HttpPipelinePosition.PerCall);
        var counter = new LimitCounter(new TableServiceClient(azurite.ConnectionString, options), clock);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => counter.TryTakeAsync(key, 10, default))));

        Assert.Equal(10, outcomes.Count(o => o is null));
        Assert.All(outcomes.Where(o => o is not null), o => Assert.True(o > TimeSpan.Zero));
        // No use lost a race to another of the same instance (which would read and write again), and uses that
        // waited for a write under way were counted by one write together.
        Assert.DoesNotContain("GET", calls.Methods);
        Assert.InRange(calls.Methods.Count, 1, 11);
        var rows = new List<TableEntity>();
        await foreach (var row in azurite.Tables.GetTableClient(StorageNames.LimitsTable).QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {key}")))
        {
            rows.Add(row);
        }

        Assert.Equal(10, Assert.Single(rows).GetInt32("Count"));
    }
}
