using Matchmaker.Needs;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Matchmaker.Tests.Storage.Needs;

/// <summary>
/// Values with quotes in a table filter stay values: a string written to break out of its quotes matches
/// nothing, and every naughty string with a quote finds exactly the needs that hold it, never others.
/// </summary>
[Collection(AzuriteTests.Name)]
public sealed class NeedQueryInjectionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Injection = "x' or PartitionKey ne '";

    private static readonly IReadOnlyList<string> Quoted = [.. NaughtyStrings.All.Where(s => s.Contains('\'', StringComparison.Ordinal))];

    private NeedStore Store => new(azurite.Tables);

    public Task InitializeAsync() =>
        new StorageInitializer(azurite.Tables, azurite.Queues(), new Azure.Storage.Blobs.BlobServiceClient(azurite.ConnectionString), NullLogger<StorageInitializer>.Instance).StartAsync(default);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_filter_value_that_tries_to_close_its_quotes_matches_nothing_while_needs_are_stored()
    {
        // Needs that a broken-out filter would match: the co-op "x", and others.
        await Task.WhenAll(new[] { "x", "x'", EntityId.New() }.Select(coopId => Store.UpsertAsync(Need(coopId), default)));

        Assert.Empty(await Store.OfCoopAsync(Injection, default));
        Assert.Empty(await Store.CoopsOfOpenAsync(Injection, default));
        Assert.Empty(await ToListAsync(Store.OpenAsync(null, Injection, null, 1000, default)));
        Assert.Empty(await ToListAsync(Store.OpenAsync(null, null, Injection, 1000, default)));
        Assert.NotEmpty(await Store.OfCoopAsync("x", default));
    }

    [Fact]
    public async Task Every_naughty_string_with_a_quote_finds_exactly_the_needs_of_that_co_op()
    {
        Assert.True(Quoted.Count >= 80, $"Only {Quoted.Count} naughty strings hold a quote.");
        var needs = Quoted.Select(Need).ToList();
        await Task.WhenAll(needs.Select(need => Store.UpsertAsync(need, default)));

        foreach (var need in needs)
        {
            var found = await Store.OfCoopAsync(need.CoopId, default);
            Assert.Contains(need.Id, found.Select(n => n.Id));
            Assert.All(found, n => Assert.Equal(need.CoopId, n.CoopId));
            Assert.Equal([need.CoopId], (await ToListAsync(Store.OpenAsync(null, need.CoopId, null, 1000, default))).Select(n => n.CoopId).Distinct());
        }
    }

    private static NeedEntity Need(string coopId)
    {
        var need = new NeedEntity { PartitionKey = EntityId.New(), CoopId = coopId };
        NeedMapper.Apply(ApiWorld.ValidNeed(), need);
        return need;
    }

    private static async Task<List<NeedEntity>> ToListAsync(IAsyncEnumerable<NeedEntity> needs)
    {
        var list = new List<NeedEntity>();
        await foreach (var need in needs)
        {
            list.Add(need);
        }

        return list;
    }
}
