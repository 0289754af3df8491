namespace Matchmaker.Email.Outbox;

/// <summary>Where one email of an introduction stands. Only <see cref="Pending"/> may lead to a send.</summary>
public static class OutboxStatus
{
    /// <summary>Not tried yet, or every try was refused in a way that proves nothing was sent (so it may be tried again).</summary>
    public const string Pending = "pending";

    /// <summary>Claimed by one run, which is sending it now or stopped while sending: never sent again automatically.</summary>
    public const string Sending = "sending";

    public const string Sent = "sent";

    /// <summary>No clear answer (a time-out, a broken response): it may have gone, so it is not repeated blindly.</summary>
    public const string Unknown = "unknown";

    /// <summary>Refused for good (400, 401, 403, ...) or the address is suppressed.</summary>
    public const string Failed = "failed";
}
