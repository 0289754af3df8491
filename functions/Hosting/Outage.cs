using Azure;

namespace Matchmaker.Hosting;

/// <summary>
/// Tells an outage of something the app depends on (storage, the email service: answer 503 and let the
/// caller retry) from a bug (a 500 worth fixing).
/// </summary>
public static class Outage
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public static bool IsOutage(Exception exception) => exception switch
    {
        RequestFailedException { Status: 0 or 408 or 429 or >= 500 } => true,
        HttpRequestException or System.Net.Sockets.SocketException or TimeoutException or Email.EmailSendException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsOutage),
        _ => exception.InnerException is { } inner && IsOutage(inner),
    };
}
