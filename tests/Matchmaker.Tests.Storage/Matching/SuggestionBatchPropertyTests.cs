using Azure.Core;
using Azure.Data.Tables;
using CsCheck;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;
using Matchmaker.Review;
using Microsoft.Extensions.Logging.Abstractions;

namespace Matchmaker.Tests.Storage.Matching;

/// <summary>
/// Writing suggestions keeps to what a table transaction allows (at most 100 actions, one partition, 4 MiB)
/// for any number of suggestions over any number of needs, and writes each row once.
/// </summary>
[Collection(AzuriteTests.Name)]
public sealed class SuggestionBatchPropertyTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int MaxActions = 100;
    private const long MaxBytes = 4 * 1024 * 1024;

    // Up to 1,000 suggestions spread over 1 to 20 needs, each with a coordinator's note up to the API's cap.
    private static readonly Gen<(int Needs, (int Need, int NoteLength)[] Rows)> Suggestions =
        Gen.Int[1, 20].SelectMany(needs => Gen.Select(Gen.Int[0, needs - 1], Gen.Int[0, DecisionValidator.MaxNote]).Array[0, 1000]
            .Select(rows => (needs, rows)));

    public Task InitializeAsync() =>
        new StorageInitializer(azurite.Tables, azurite.Queues(), new Azure.Storage.Blobs.BlobServiceClient(azurite.ConnectionString), NullLogger<StorageInitializer>.Instance).StartAsync(default);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Any_suggestions_of_any_needs_go_in_transactions_of_at_most_100_actions_of_one_partition_within_4_MiB_and_each_row_is_written_once()
    {
        await Suggestions.SampleAsync(
            async sample =>
            {
                var log = new TableWriteLog();
                var options = new TableClientOptions();
                options.AddPolicy(log, HttpPipelinePosition.PerCall);
                var store = new SuggestionStore(new TableServiceClient(azurite.ConnectionString, options));
                var needIds = Enumerable.Range(0, sample.Needs).Select(_ => EntityId.New()).ToArray();
                var rows = sample.Rows.Select(r => Row(needIds[r.Need], r.NoteLength)).ToList();

                // As matching writes them: one write for each need, the needs' writes at once.
                await Task.WhenAll(rows.GroupBy(r => r.NeedId).Select(need => store.WriteNeedAsync([.. need], [], [], default)));

                Assert.All(log.Batches, batch =>
                {
                    Assert.InRange(batch.Actions.Length, 1, MaxActions);
                    Assert.Single(batch.Actions.Select(a => a.PartitionKey).Distinct());
                    Assert.InRange(batch.Bytes, 1, MaxBytes);
                });
                var needRows = rows.Select(r => (r.PartitionKey, r.RowKey)).ToList();
                var mirrorRows = rows.Select(r => (SuggestionEntity.ProfilePartition(r.ProfileId), r.NeedId)).ToList();
                Assert.Equal(needRows.Order(), log.Batches.SelectMany(b => b.Actions).Order());
                Assert.Equal(needRows.Concat(mirrorRows).Order(), log.Written.Order());
                Assert.Equal(needRows.Order(), await StoredAsync(needIds, store));
                Assert.Equal(mirrorRows.Order(), await MirrorsAsync(needIds));
            },
            iter: 10,
            threads: 1);
    }

    private static async Task<List<(string, string)>> StoredAsync(IEnumerable<string> needIds, SuggestionStore store)
    {
        var stored = new List<(string, string)>();
        foreach (var needId in needIds)
        {
            stored.AddRange((await store.OfNeedAsync(needId, default)).Select(r => (r.PartitionKey, r.RowKey)));
        }

        return [.. stored.Order()];
    }

    private async Task<List<(string, string)>> MirrorsAsync(IEnumerable<string> needIds)
    {
        var table = azurite.Tables.GetTableClient(StorageNames.SuggestionsTable);
        var mirrors = new List<(string, string)>();
        foreach (var needId in needIds)
        {
            await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {needId}"), select: ["PartitionKey", "RowKey"]))
            {
                mirrors.Add((row.PartitionKey, row.RowKey));
            }
        }

        return [.. mirrors.Order()];
    }

    private static SuggestionEntity Row(string needId, int noteLength)
    {
        var row = StoredSuggestion.Of(needId, EntityId.New(), 0.5, SuggestionStatus.Pending, DateTimeOffset.UtcNow);
        row.Note = noteLength == 0 ? null : new string('n', noteLength);
        return row;
    }
}
