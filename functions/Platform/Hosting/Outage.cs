using System.Globalization;
using Azure;
using Microsoft.AspNetCore.Http;

namespace Matchmaker.Platform.Hosting;

/// <summary>
/// Tells an outage of something the app depends on (storage, the email service: answer 503 and let the
/// caller retry) from a bug (a 500 worth fixing).
/// </summary>
public static class Outage
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>Tells the caller when to try again, on every 503 Matchmaker answers.</summary>
    public static void SetRetryAfter(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// An outage, or a request to storage that timed out (cancelled although the caller, whose
    /// <paramref name="callerCancelled"/> it is, did not give up).
    /// </summary>
    public static bool IsOutageOrTimeout(Exception exception, CancellationToken callerCancelled) =>
        IsOutage(exception) || (exception is OperationCanceledException && !callerCancelled.IsCancellationRequested);

    public static bool IsOutage(Exception exception) => exception switch
    {
        RequestFailedException { Status: 0 or 408 or 429 or >= 500 } => true,
        HttpRequestException or System.Net.Sockets.SocketException or TimeoutException or Email.EmailSendException => true,
        DependencyUnavailableException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsOutage),
        _ => exception.InnerException is { } inner && IsOutage(inner),
    };
}
