namespace Matchmaker.Platform.Hosting;

/// <summary>
/// Something the app needs for this work is not available, and no client library's exception says so (a
/// setting that switches a feature off until an operator acts): answered as an outage, 503 with Retry-After
/// on an HTTP route, and tried again later for a queue message. Features derive their own.
/// </summary>
public class DependencyUnavailableException : Exception
{
    public DependencyUnavailableException()
    {
    }

    public DependencyUnavailableException(string message)
        : base(message)
    {
    }

    public DependencyUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
