using System.Collections.Concurrent;
using System.Net.Sockets;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Matchmaker.Tests.System.IntroductionChaos;

/// <summary>
/// Fails about <paramref name="rate"/> of the table requests that pass it, chosen by a seeded random: half
/// before the request is sent (a 503 Server Busy answer, or the connection refused), half after storage
/// carried it out, its answer lost to a connection reset. Placed per try, after the SDK's retry policy, as
/// a faulty network sits: the SDK retries what it may, and a write whose answer was lost is sent again and
/// meets its own earlier success (a 409 for an insert, a 412 for an update under an ETag), which is what an
/// exactly-once outbox must survive. The exceptions have the shapes the SDK's HTTP transport throws. With
/// <paramref name="busyPastRetries"/> the busy answers reach the app unretried, as when the SDK's retries are
/// spent: about one table request in forty then fails to the app, which exercises its 503s and its retries.
/// </summary>
public sealed class TableFaults(int seed, double rate, bool busyPastRetries = false) : HttpPipelinePolicy
{
    private readonly Random random = new(seed);
    private readonly Lock gate = new();
    private readonly ConcurrentDictionary<TableFaultKind, int> counts = new();
    private volatile bool enabled;
    private int tries;
    private int retries;

    /// <summary>Table requests seen while enabled, each try counted.</summary>
    public int Tries => Volatile.Read(ref tries);

    /// <summary>Of <see cref="Tries"/>, those the SDK's retry policy sent again.</summary>
    public int Retries => Volatile.Read(ref retries);

    public int Count(TableFaultKind kind) => counts.GetValueOrDefault(kind);

    /// <summary>Faults begin: before this the app starts (creates its tables, trains its model) in peace.</summary>
    public void Enable() => enabled = true;

    /// <summary>Faults end: the checks read through the app once its work is done.</summary>
    public void Disable() => enabled = false;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        var kind = Choose(message);
        if (kind == TableFaultKind.Busy)
        {
            message.Response = new ServerBusyResponse(message.Request.ClientRequestId, retriable: !busyPastRetries);
            return;
        }

        if (kind == TableFaultKind.Refused)
        {
            throw Refused();
        }

        ProcessNext(message, pipeline);
        if (kind == TableFaultKind.AnswerLost)
        {
            throw AnswerLost(message);
        }
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        var kind = Choose(message);
        if (kind == TableFaultKind.Busy)
        {
            message.Response = new ServerBusyResponse(message.Request.ClientRequestId, retriable: !busyPastRetries);
            return;
        }

        if (kind == TableFaultKind.Refused)
        {
            throw Refused();
        }

        await ProcessNextAsync(message, pipeline);
        if (kind == TableFaultKind.AnswerLost)
        {
            throw AnswerLost(message);
        }
    }

    private TableFaultKind Choose(HttpMessage message)
    {
        if (!enabled)
        {
            return TableFaultKind.None;
        }

        Interlocked.Increment(ref tries);
        if (message.ProcessingContext.RetryNumber > 0)
        {
            Interlocked.Increment(ref retries);
        }

        double draw;
        lock (gate)
        {
            draw = random.NextDouble();
        }

        var kind = draw >= rate ? TableFaultKind.None
            : draw < rate / 4 ? TableFaultKind.Busy
            : draw < rate / 2 ? TableFaultKind.Refused
            : TableFaultKind.AnswerLost;
        if (kind != TableFaultKind.None)
        {
            counts.AddOrUpdate(kind, 1, (_, count) => count + 1);
        }

        return kind;
    }

    // The transport wraps HttpClient's exception in a RequestFailedException of status 0.
    private static RequestFailedException Refused() =>
        new("Connection refused", new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused)));

    /// <summary>
    /// A reset while the answer was on its way: the transport's wrapped exception, or, every other time, the
    /// bare IOException that reading a half-received body throws.
    /// </summary>
    private Exception AnswerLost(HttpMessage message)
    {
        if (message.HasResponse)
        {
            message.Response.Dispose();
        }

        var reset = new IOException("Unable to read data from the transport connection: Connection reset by peer.", new SocketException((int)SocketError.ConnectionReset));
        bool bare;
        lock (gate)
        {
            bare = random.Next(2) == 0;
        }

        return bare ? reset : new RequestFailedException("An error occurred while sending the request.", new HttpRequestException("An error occurred while sending the request.", reset));
    }
}
