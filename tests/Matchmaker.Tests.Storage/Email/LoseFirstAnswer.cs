using Azure.Core;
using Azure.Core.Pipeline;

namespace Matchmaker.Tests.Storage.Email;

/// <summary>
/// A fault for a storage client, placed after its retry policy: the first request with the given method reaches
/// storage and is done there, but its answer is lost (a connection reset), so the SDK sends it again.
/// </summary>
public sealed class LoseFirstAnswer(RequestMethod method) : HttpPipelinePolicy
{
    private int lost;

    public bool Fired => lost > 0;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ProcessNext(message, pipeline);
        Lose(message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline);
        Lose(message);
    }

    private void Lose(HttpMessage message)
    {
        if (message.Request.Method == method && Interlocked.CompareExchange(ref lost, 1, 0) == 0)
        {
            throw new IOException("Injected: the connection was reset after storage had done the request.");
        }
    }
}
