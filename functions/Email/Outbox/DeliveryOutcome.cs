namespace Matchmaker.Email.Outbox;

public enum DeliveryOutcome
{
    Sent,

    /// <summary>The service may have the email: no retry.</summary>
    Unknown,

    /// <summary>Refused for good.</summary>
    Failed,

    /// <summary>Nothing was accepted and trying later can help (throttled too long, server errors, refused connections, breaker open).</summary>
    RetryLater,
}
