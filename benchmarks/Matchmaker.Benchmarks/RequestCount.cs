using Azure.Core;
using Azure.Core.Pipeline;

namespace Matchmaker.Benchmarks;

/// <summary>An Azure SDK pipeline policy that counts the requests its clients send, retries included.</summary>
public sealed class RequestCount : HttpPipelineSynchronousPolicy
{
    private long value;

    public long Value => Interlocked.Read(ref value);

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref value);
}
