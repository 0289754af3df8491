using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Matchmaker.Needs;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Tests.Storage.Matching;

/// <summary>A fault for the app's table client: once armed for a need, its next read is refused, as a failure no retry fixes.</summary>
public sealed class RefusedNeedRead : HttpPipelinePolicy
{
    private string? armed;

    public void Arm(string needId) => armed = $"{StorageNames.NeedsTable}(PartitionKey='{needId}',RowKey='{NeedEntity.Row}')";

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (armed is { } target && message.Request.Method == RequestMethod.Get && Uri.UnescapeDataString(message.Request.Uri.Path).EndsWith(target, StringComparison.Ordinal))
        {
            armed = null;
            throw new RequestFailedException(403, "Refused by the test");
        }

        return ProcessNextAsync(message, pipeline);
    }
}
