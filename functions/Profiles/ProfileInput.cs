using Matchmaker.Platform.Common;

namespace Matchmaker.Profiles;

/// <summary>The body of POST and PUT /api/profiles. Server-owned fields (id, status, tokens) are not here, so a client cannot set them.</summary>
public sealed record ProfileInput(
    string? Name,
    string? Email,
    LocationInput? Location,
    double? DaysPerWeek,
    IncomeTargetInput? IncomeTarget,
    IReadOnlyList<SkillInput?>? Skills,
    IReadOnlyList<string?>? Interests,
    IReadOnlyList<string?>? WantsToLearn,
    string? Bio,
    ConsentInput? Consent);
