namespace Matchmaker.Email.Unsubscribe;

/// <param name="Status">Always "unsubscribed": a repeat answers the same.</param>
public sealed record UnsubscribeResult(string Status)
{
    public static UnsubscribeResult Unsubscribed { get; } = new("unsubscribed");
}
