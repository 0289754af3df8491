namespace Matchmaker.Review.Insights;

/// <param name="Key">The co-op id, or the region (country and city of the need).</param>
/// <param name="Name">The co-op's name, or the region in words.</param>
/// <param name="Rate">Approved / (approved + rejected); null before any decision.</param>
public sealed record ApprovalRate(string Key, string Name, int Approved, int Rejected, double? Rate);
