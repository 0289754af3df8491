using Matchmaker.Platform.Common;

namespace Matchmaker.Needs;

/// <summary>The body of POST and PUT /api/needs. A null day rate means unpaid.</summary>
public sealed record NeedInput(
    string? Title,
    string? Description,
    IReadOnlyList<SkillInput?>? RequiredSkills,
    IReadOnlyList<SkillInput?>? NiceToHaveSkills,
    IReadOnlyList<string?>? CanTeach,
    DayRateInput? DayRate,
    double? DaysPerWeek,
    int? DurationWeeks,
    LocationInput? Location,
    int? Openings);
