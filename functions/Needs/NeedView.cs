using Matchmaker.Coops;
using Matchmaker.Platform.Common;

namespace Matchmaker.Needs;

/// <summary>
/// A need as the public list and its co-op see it, with its co-op's name and public profile in brief
/// (<see cref="Coop"/>); never the co-op's contact details. <see cref="ClosedBecause"/> and
/// <see cref="CloseNote"/> say why the co-op closed it (<see cref="NeedEntity.ClosedBecause"/>); both are null
/// while it is open, so the public list, which shows open needs only, never carries them.
/// </summary>
public record NeedView(
    string Id,
    string CoopId,
    string CoopName,
    CoopSummary Coop,
    string Status,
    int Version,
    string Title,
    string? Description,
    IReadOnlyList<StoredSkill> RequiredSkills,
    IReadOnlyList<StoredSkill> NiceToHaveSkills,
    IReadOnlyList<string> CanTeach,
    DayRateInput? DayRate,
    double DaysPerWeek,
    int? DurationWeeks,
    LocationInput Location,
    int Openings,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? ClosedBecause,
    string? CloseNote);
