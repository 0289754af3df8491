namespace Matchmaker.Introductions;

/// <summary>
/// requested (approved, nobody asked yet) → awaiting (both asked) → accepted (both said yes) → connected
/// (contacts sent); or declined, expired, or cancelled (consent withdrawn, profile erased, need closed or filled).
/// </summary>
public static class IntroductionStatus
{
    public const string Requested = "requested";
    public const string Awaiting = "awaiting";
    public const string Accepted = "accepted";
    public const string Connected = "connected";
    public const string Declined = "declined";
    public const string Expired = "expired";
    public const string Cancelled = "cancelled";

    public static IReadOnlyList<string> All { get; } = [Requested, Awaiting, Accepted, Connected, Declined, Expired, Cancelled];

    public static bool IsOpen(string status) => status is Requested or Awaiting or Accepted;
}
