using Azure.Core;
using Azure.Core.Pipeline;

namespace Matchmaker.Tests.Storage;

/// <summary>An Azure SDK pipeline policy that records the method of every request a client sends, to count round trips.</summary>
public sealed class RequestMethodLog : HttpPipelineSynchronousPolicy
{
    private readonly List<string> methods = [];

    public IReadOnlyList<string> Methods
    {
        get
        {
            lock (methods)
            {
                return [.. methods];
            }
        }
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (methods)
        {
            methods.Add(message.Request.Method.Method);
        }
    }
}
