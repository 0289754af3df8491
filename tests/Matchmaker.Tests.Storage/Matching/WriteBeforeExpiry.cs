using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Tests.Storage.Matching;

/// <summary>
/// A fault for the app's table client: once armed for a suggestion row, the next conditional write to that
/// row is preceded by another writer's change to it (its status left as it was), so the app's write meets a
/// changed ETag, as when a second run for the need rewrites the row between the app's read and its write.
/// </summary>
public sealed class WriteBeforeExpiry(string storageConnectionString) : HttpPipelinePolicy
{
    private (string Partition, string Row)? armed;

    public int Fired { get; private set; }

    public void Arm(string needId, string profileId) => armed = (SuggestionEntity.NeedPartition(needId), profileId);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (armed is { } target && message.Request.Method == RequestMethod.Put
            && Uri.UnescapeDataString(message.Request.Uri.Path).EndsWith($"{StorageNames.SuggestionsTable}(PartitionKey='{target.Partition}',RowKey='{target.Row}')", StringComparison.Ordinal))
        {
            armed = null;
            Fired++;
            var table = new TableServiceClient(storageConnectionString).GetTableClient(StorageNames.SuggestionsTable);
            var row = (await table.GetEntityAsync<SuggestionEntity>(target.Partition, target.Row)).Value;
            await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);
        }

        await ProcessNextAsync(message, pipeline);
    }
}
