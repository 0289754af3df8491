using Azure.Core;
using Azure.Core.Pipeline;

namespace Matchmaker.Platform.Storage;

/// <summary>
/// Counts, once per call and before any retry, each storage request that may change something (anything but a
/// read) for <see cref="StorageWrites"/>. The rate limits' counters are bookkeeping, not a change a caller made.
/// </summary>
public sealed class StorageWritePolicy : HttpPipelinePolicy
{
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        return ProcessNextAsync(message, pipeline);
    }

    private static void Count(HttpMessage message)
    {
        var method = message.Request.Method;
        if (method != RequestMethod.Get && method != RequestMethod.Head && !IsLimitCounter(message.Request.Uri.Path))
        {
            StorageWrites.Attempted();
        }
    }

    // Table requests name the table as a path segment, alone or with the row's keys: "/limits(PartitionKey=...)".
    private static bool IsLimitCounter(string path) =>
        path.Split('/').Any(segment => segment == StorageNames.LimitsTable || segment.StartsWith(StorageNames.LimitsTable + "(", StringComparison.Ordinal));
}
