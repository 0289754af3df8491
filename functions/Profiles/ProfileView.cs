using Matchmaker.Platform.Common;

namespace Matchmaker.Profiles;

/// <summary>A profile as its owner sees it.</summary>
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
    DateTimeOffset UpdatedAt);
