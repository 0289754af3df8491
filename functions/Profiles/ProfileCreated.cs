using Matchmaker.Platform.SpecialCategories;

namespace Matchmaker.Profiles;

/// <summary>
/// The answer to POST /api/profiles: the owner token appears here once and is never shown again. The warnings
/// name the free-text fields that look like they hold special-category data; the profile is stored as written.
/// </summary>
public sealed record ProfileCreated(string Id, string OwnerToken, string Status, IReadOnlyList<TextWarning> Warnings);
