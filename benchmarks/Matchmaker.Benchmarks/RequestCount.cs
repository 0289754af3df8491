using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Matchmaker.Benchmarks;

/// <summary>
/// An Azure SDK pipeline policy that counts the requests its clients send, retries included, in all and by
/// kind: the method, the table or queue, and the status of the answer.
/// </summary>
public sealed class RequestCount : HttpPipelinePolicy
{
    private readonly ConcurrentDictionary<string, long> byKind = new(StringComparer.Ordinal);
    private long value;

    public long Value => Interlocked.Read(ref value);

    /// <summary>The counts by kind so far, to subtract an earlier copy from.</summary>
    public Dictionary<string, long> ByKind() => new(byKind, StringComparer.Ordinal);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Interlocked.Increment(ref value);
        try
        {
            ProcessNext(message, pipeline);
        }
        finally
        {
            Count(message);
        }
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Interlocked.Increment(ref value);
        try
        {
            await ProcessNextAsync(message, pipeline);
        }
        finally
        {
            Count(message);
        }
    }

    private void Count(HttpMessage message)
    {
        // The path's second segment is the table (up to its key) or the queue: /account/name(...) or /account/name/messages.
        var segments = message.Request.Uri.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var resource = segments.Length > 1 ? segments[1].Split('(')[0] : "?";
        var detail = segments.Length > 2 ? "/" + segments[2] : "";
        var status = message.HasResponse ? message.Response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) : "no answer";
        byKind.AddOrUpdate($"{message.Request.Method} {resource}{detail} {status}", 1, (_, n) => n + 1);
    }
}
