namespace Matchmaker.Coops;

/// <summary>
/// A co-op as coordinators and the co-op itself see it: contact details, public profile, how many of its
/// needs are open, and when its key was last replaced (never the key).
/// </summary>
public sealed record CoopView(
    string Id,
    string Name,
    string ContactEmail,
    string? City,
    string? Country,
    string? About,
    IReadOnlyList<string> Teaches,
    DateTimeOffset CreatedAt,
    int OpenNeeds,
    DateTimeOffset? KeyRotatedAt);
