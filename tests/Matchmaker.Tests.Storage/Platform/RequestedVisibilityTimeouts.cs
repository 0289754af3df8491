using System.Collections.Concurrent;
using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Matchmaker.Tests.Storage.Platform;

/// <summary>
/// Notes the visibility timeout of every message update a queue client sends (a failed message made visible
/// again later), as the request states it to storage, in seconds.
/// </summary>
public sealed class RequestedVisibilityTimeouts : HttpPipelinePolicy
{
    private readonly ConcurrentQueue<int> seconds = new();

    public IReadOnlyList<int> Seconds => [.. seconds];

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Note(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Note(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Note(HttpMessage message)
    {
        if (message.Request.Method != RequestMethod.Put || !message.Request.Uri.Query.Contains("popreceipt=", StringComparison.Ordinal))
        {
            return;
        }

        var value = message.Request.Uri.Query.TrimStart('?').Split('&')
            .Select(p => p.Split('=', 2))
            .Single(p => p[0] == "visibilitytimeout")[1];
        seconds.Enqueue(int.Parse(value, CultureInfo.InvariantCulture));
    }
}
