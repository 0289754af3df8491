using Matchmaker.Platform.Common;
using Matchmaker.Platform.SpecialCategories;

namespace Matchmaker.Profiles;

/// <summary>
/// A profile as its owner sees it, with a warning for each free-text field that looks like it holds
/// special-category data (the owner may keep it; the warning says who may see it).
/// </summary>
public sealed record ProfileView(
    string Id,
    string Status,
    int Version,
    string Name,
    string Email,
    LocationInput Location,
    double DaysPerWeek,
    IncomeTargetInput? IncomeTarget,
    IReadOnlyList<StoredSkill> Skills,
    IReadOnlyList<string> Interests,
    IReadOnlyList<string> WantsToLearn,
    string? Bio,
    ConsentInput Consent,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<TextWarning> Warnings);
