using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Matchmaker.Tests.Storage.Email;

/// <summary>
/// A fault for a storage client, placed after its retry policy: the first request with the given method is
/// done by storage but its answer is lost, and then every request is refused for <paramref name="outage"/>, as
/// when storage is cut off just after doing a write, so the SDK's retries of it fail too.
/// </summary>
public sealed class LoseAnswerThenRefuse(RequestMethod method, TimeSpan outage) : HttpPipelinePolicy
{
    private long outageEnds;

    public bool Fired => Interlocked.Read(ref outageEnds) != 0;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Refuse(message);
        ProcessNext(message, pipeline);
        Lose(message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Refuse(message);
        await ProcessNextAsync(message, pipeline);
        Lose(message);
    }

    private void Refuse(HttpMessage message)
    {
        var ends = Interlocked.Read(ref outageEnds);
        if (ends != 0 && Environment.TickCount64 < ends)
        {
            throw new RequestFailedException(503, $"Injected: storage is cut off ({message.Request.Method}).");
        }
    }

    private void Lose(HttpMessage message)
    {
        if (message.Request.Method == method && Interlocked.CompareExchange(ref outageEnds, Environment.TickCount64 + (long)outage.TotalMilliseconds, 0) == 0)
        {
            throw new IOException("Injected: the connection was reset after storage had done the request.");
        }
    }
}
