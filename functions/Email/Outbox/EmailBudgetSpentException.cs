namespace Matchmaker.Email.Outbox;

/// <summary>
/// The day's email budget is spent: nothing was sent, the email stays pending, and the work that asked for it
/// should come back after <see cref="RetryAfter"/> (the next UTC day) rather than through the queue's few quick
/// retries, which would poison it.
/// </summary>
public sealed class EmailBudgetSpentException : Exception
{
    public EmailBudgetSpentException()
    {
    }

    public EmailBudgetSpentException(string message)
        : base(message)
    {
    }

    public EmailBudgetSpentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EmailBudgetSpentException(TimeSpan retryAfter)
        : base($"The day's email budget is spent; emails wait {retryAfter} for the next day's.") => RetryAfter = retryAfter;

    public TimeSpan RetryAfter { get; }
}
