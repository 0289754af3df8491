using System.Diagnostics.CodeAnalysis;
using Azure;
using Azure.Core;

namespace Matchmaker.Tests.System.IntroductionChaos;

/// <summary>
/// The answer storage gives when it sheds load: 503 Server Busy with an empty body. The SDK treats it as it
/// treats the real one: retried by its retry policy (unless <paramref name="retriable"/> is false), then thrown as a
/// <see cref="RequestFailedException"/> of status 503.
/// </summary>
public sealed class ServerBusyResponse(string clientRequestId, bool retriable) : Response
{
    public override int Status => 503;

    public override string ReasonPhrase => "Server Busy";

    // The pipeline marks errors as it takes an answer from the transport, which this one never reaches; the
    // SDK's retry policy retries only an answer marked so. Unmarked, it reaches the app at once, as a 503
    // does once the SDK's retries are spent.
    public override bool IsError => retriable;

    public override Stream? ContentStream { get; set; } = new MemoryStream();

    public override string ClientRequestId { get; set; } = clientRequestId;

    public override void Dispose() => ContentStream?.Dispose();

    protected override bool ContainsHeader(string name) => false;

    protected override IEnumerable<HttpHeader> EnumerateHeaders() => [];

    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
    {
        value = null;
        return false;
    }

    protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
    {
        values = null;
        return false;
    }
}
