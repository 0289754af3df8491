using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Tests.Storage.Matching;

/// <summary>
/// A fault for the app's table client: once armed for a suggestion row, another writer changes that row just
/// before the app's next write of it, as a second run for the need (or another need's run) does between the
/// app's read and its write. Rewritten (status left as it was) before the next conditional write to the row,
/// the app meets a changed ETag; withdrawn (deleted) before the next transaction, a transaction that replaces
/// or deletes it fails with 404.
/// </summary>
public sealed class OtherWriterFirst(string storageConnectionString) : HttpPipelinePolicy
{
    private (string Partition, string Row, bool Withdraw)? armed;

    public int Fired { get; private set; }

    public void ArmRewrite(string needId, string profileId) => armed = (SuggestionEntity.NeedPartition(needId), profileId, false);

    public void ArmWithdrawal(string needId, string profileId) => armed = (SuggestionEntity.NeedPartition(needId), profileId, true);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (armed is { } target && Targets(message, target))
        {
            armed = null;
            Fired++;
            var table = new TableServiceClient(storageConnectionString).GetTableClient(StorageNames.SuggestionsTable);
            if (target.Withdraw)
            {
                await table.DeleteEntityAsync(target.Partition, target.Row);
            }
            else
            {
                var row = (await table.GetEntityAsync<SuggestionEntity>(target.Partition, target.Row)).Value;
                await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);
            }
        }

        await ProcessNextAsync(message, pipeline);
    }

    private static bool Targets(HttpMessage message, (string Partition, string Row, bool Withdraw) target) => target.Withdraw
        ? message.Request.Method == RequestMethod.Post && message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal)
        : message.Request.Method == RequestMethod.Put
            && Uri.UnescapeDataString(message.Request.Uri.Path).EndsWith($"{StorageNames.SuggestionsTable}(PartitionKey='{target.Partition}',RowKey='{target.Row}')", StringComparison.Ordinal);
}
