using Azure.Data.Tables;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Matchmaker.Tests.Storage.Matching;

/// <summary>A need's suggestions are written in one transaction: one bad row and none of them is written.</summary>
[Collection(AzuriteTests.Name)]
public sealed class SuggestionTransactionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int BadRow = 3;

    private SuggestionStore Store => new(azurite.Tables);

    public Task InitializeAsync() =>
        new StorageInitializer(azurite.Tables, azurite.Queues(), new Azure.Storage.Blobs.BlobServiceClient(azurite.ConnectionString), NullLogger<StorageInitializer>.Instance).StartAsync(default);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Five_new_suggestions_of_which_the_fourth_is_already_stored_write_none_and_name_the_fourth()
    {
        var needId = EntityId.New();
        var rows = Rows(needId);
        // Another run wrote the fourth first.
        var earlier = Row(needId, rows[BadRow].ProfileId, "[\"written by the earlier run\"]");
        await Store.WriteNeedAsync([earlier], [], [], default);

        var failure = await Assert.ThrowsAsync<TableTransactionFailedException>(() => Store.WriteNeedAsync(rows, [], [], default));

        Assert.Equal(BadRow, failure.FailedTransactionActionIndex);
        var stored = Assert.Single(await Store.OfNeedAsync(needId, default));
        Assert.Equal((earlier.ProfileId, earlier.ReasonsJson), (stored.ProfileId, stored.ReasonsJson));
        await AssertNoMirrorsAsync(rows.Where((_, i) => i != BadRow));
    }

    [Fact]
    public async Task Five_new_suggestions_of_which_the_fourth_is_too_large_to_store_write_none_and_name_the_fourth()
    {
        var needId = EntityId.New();
        var rows = Rows(needId);
        // A string property holds at most 64 KiB (32 Ki UTF-16 code units).
        rows[BadRow].ReasonsJson = $"[\"{new string('x', 40_000)}\"]";

        var failure = await Assert.ThrowsAsync<TableTransactionFailedException>(() => Store.WriteNeedAsync(rows, [], [], default));

        Assert.Equal(BadRow, failure.FailedTransactionActionIndex);
        Assert.Empty(await Store.OfNeedAsync(needId, default));
        await AssertNoMirrorsAsync(rows);
    }

    private async Task AssertNoMirrorsAsync(IEnumerable<SuggestionEntity> rows)
    {
        foreach (var row in rows)
        {
            Assert.Empty(await Store.OfProfileAsync(row.ProfileId, default));
        }
    }

    private static List<SuggestionEntity> Rows(string needId) =>
        [.. Enumerable.Range(0, 5).Select(i => Row(needId, EntityId.New(), $"[\"reason {i}\"]"))];

    private static SuggestionEntity Row(string needId, string profileId, string reasons)
    {
        var row = StoredSuggestion.Of(needId, profileId, 0.5, SuggestionStatus.Pending, DateTimeOffset.UtcNow);
        row.ReasonsJson = reasons;
        return row;
    }
}
