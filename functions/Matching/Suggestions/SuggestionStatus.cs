namespace Matchmaker.Matching.Suggestions;

public static class SuggestionStatus
{
    /// <summary>Waiting for a coordinator; re-matching may replace or remove it.</summary>
    public const string Pending = "pending";

    public const string Approved = "approved";

    public const string Rejected = "rejected";

    /// <summary>Its need closed, or its person left matching, before anyone decided.</summary>
    public const string Expired = "expired";

    public static readonly string[] All = [Pending, Approved, Rejected, Expired];

    /// <summary>Decided suggestions are never touched by matching again.</summary>
    public static bool IsDecided(string status) => status is Approved or Rejected;
}
