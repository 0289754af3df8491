namespace Matchmaker.Review.Insights;

/// <summary>
/// How far suggestions got: every suggestion ever made and still held, those approved and rejected, and
/// the introductions both sides accepted, and those whose contacts were sent (connected).
/// </summary>
public sealed record Funnel(int Suggested, int Pending, int Approved, int Rejected, int Expired, int Accepted, int Connected);
