namespace Matchmaker.Email.Unsubscribe;

/// <summary>Why an address is suppressed: kept with the row, so that a coordinator can tell a bounce from a choice.</summary>
public static class SuppressionReasons
{
    public const string Unsubscribed = "unsubscribed";
    public const string Bounced = "bounced";
    public const string Dropped = "dropped";
    public const string SpamReport = "spam-report";
}
