using Matchmaker.Platform.Hosting;

namespace Matchmaker.Email.Keys;

/// <summary>
/// The suppression key may not be used (<see cref="SuppressionKeyCheck.Reason"/> says why): nothing that
/// hashes an address, and no email, goes ahead. An HTTP route that meets it answers 503, as for an outage
/// of something the app depends on; a queue message is tried again.
/// </summary>
public sealed class SuppressionKeyException : DependencyUnavailableException
{
    public SuppressionKeyException()
    {
    }

    public SuppressionKeyException(string message)
        : base(message)
    {
    }

    public SuppressionKeyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
