using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Tests.Storage.Matching;

/// <summary>
/// A fault for the app's table client: once armed for a suggestion row, the next transaction is preceded by
/// another writer deleting that row, as when another need's run withdraws the suggestion between this run's
/// read and its write; a transaction that replaces or deletes the row then fails with 404.
/// </summary>
public sealed class WithdrawBeforeTransaction(string storageConnectionString) : HttpPipelinePolicy
{
    private (string Partition, string Row)? armed;

    public int Fired { get; private set; }

    public void Arm(string needId, string profileId) => armed = (SuggestionEntity.NeedPartition(needId), profileId);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (armed is { } target && message.Request.Method == RequestMethod.Post && message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal))
        {
            armed = null;
            Fired++;
            var table = new TableServiceClient(storageConnectionString).GetTableClient(StorageNames.SuggestionsTable);
            await table.DeleteEntityAsync(target.Partition, target.Row);
        }

        await ProcessNextAsync(message, pipeline);
    }
}
