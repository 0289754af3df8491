using Azure.Core;
using Azure.Core.Pipeline;

namespace Matchmaker.Tests.Storage.Email;

/// <summary>
/// A fault for a storage client, placed after its retry policy: the first request with the given method (and,
/// when given, to a path that holds <paramref name="pathPart"/>) after it is armed reaches storage and is done
/// there, but its answer is lost (a connection reset), so the SDK sends it again. Armed from the start unless
/// <paramref name="armed"/> is false.
/// </summary>
public sealed class LoseFirstAnswer(RequestMethod method, string? pathPart = null, bool armed = true) : HttpPipelinePolicy
{
    private int lost = armed ? 0 : -1;

    public bool Fired => lost > 0;

    public void Arm() => Interlocked.Exchange(ref lost, 0);

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
        if (message.Request.Method == method
            && (pathPart is null || message.Request.Uri.Path.Contains(pathPart, StringComparison.Ordinal))
            && Interlocked.CompareExchange(ref lost, 1, 0) == 0)
        {
            throw new IOException("Injected: the connection was reset after storage had done the request.");
        }
    }
}
