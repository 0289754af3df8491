using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Matchmaker.Tests.Storage.Email;

/// <summary>
/// A fault for a storage client: its <c>n</c>th request fails with a 503 before reaching storage, as an outage
/// of one request would (the client must not retry: give it <c>Retry.MaxRetries = 0</c>).
/// </summary>
public sealed class FailNthRequest(int n) : HttpPipelinePolicy
{
    private int seen;

    public bool Fired => seen >= n;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Fail(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Fail(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Fail(HttpMessage message)
    {
        if (Interlocked.Increment(ref seen) == n)
        {
            throw new RequestFailedException(503, $"Injected failure of request {n} ({message.Request.Method} {message.Request.Uri.Path}).");
        }
    }
}
