namespace Matchmaker.Email.Outbox;

/// <summary>
/// An email could not be sent now but nothing was accepted, so the queue message is retried later (after the
/// queue's visibility timeout) and, if it never succeeds, ends in the poison queue.
/// </summary>
public sealed class EmailDeferredException : Exception
{
    public EmailDeferredException()
    {
    }

    public EmailDeferredException(string message)
        : base(message)
    {
    }

    public EmailDeferredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
