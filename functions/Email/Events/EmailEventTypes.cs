using Matchmaker.Email.Unsubscribe;

namespace Matchmaker.Email.Events;

/// <summary>The SendGrid event types that change something here, and what they change.</summary>
public static class EmailEventTypes
{
    public const string Processed = "processed";
    public const string Delivered = "delivered";

    /// <summary>The suppression reason for an event that means "never email this address again", or null.</summary>
    public static string? SuppressionReasonOf(string type) => type switch
    {
        "bounce" => SuppressionReasons.Bounced,
        "dropped" => SuppressionReasons.Dropped,
        "spamreport" => SuppressionReasons.SpamReport,
        "unsubscribe" or "group_unsubscribe" => SuppressionReasons.Unsubscribed,
        _ => null,
    };

    /// <summary>SendGrid accepted the email (processed) or the receiving server did (delivered): an outbox row can say "sent".</summary>
    public static bool ConfirmsSending(string type) => type is Processed or Delivered;
}
