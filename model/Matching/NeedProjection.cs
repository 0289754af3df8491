namespace Matchmaker.Model.Matching;

/// <summary>
/// The compact form of a co-op's need that matching reads: skill keys (see <see cref="MatchKey"/>) with
/// levels, pay, days, place and a bounded set of text terms from the title, description and skill names.
/// </summary>
/// <param name="Id">The need id.</param>
/// <param name="CoopId">The co-op that posted it.</param>
/// <param name="RequiredSkills">Skills the need requires, with the level it asks for.</param>
/// <param name="NiceToHave">Skills that would help, as keys.</param>
/// <param name="CanTeach">Skills the co-op can teach whoever takes the need, as keys.</param>
/// <param name="DayRateMin">The lowest day rate offered; null with <paramref name="DayRateMax"/> null means unpaid.</param>
/// <param name="DayRateMax">The highest day rate offered; null when only one rate is given.</param>
/// <param name="DaysPerWeek">Days a week of work (0.5 to 5).</param>
/// <param name="DurationWeeks">How long the work lasts; null when open-ended.</param>
/// <param name="Openings">How many people the need can take.</param>
/// <param name="City">The city, as written; compared without regard to case.</param>
/// <param name="Country">An ISO 3166 two-letter code such as GB.</param>
/// <param name="Remote">Where the work happens.</param>
/// <param name="Terms">At most <see cref="TextTerms.DefaultMax"/> terms for text similarity.</param>
/// <param name="UpdatedAt">When the need was posted or last changed.</param>
/// <param name="PayCurrency">The ISO 4217 code of the day rates, such as GBP; null when not known (taken to be the person's).</param>
public sealed record NeedProjection(
    string Id,
    string CoopId,
    IReadOnlyList<LeveledSkill> RequiredSkills,
    IReadOnlyList<string> NiceToHave,
    IReadOnlyList<string> CanTeach,
    double? DayRateMin,
    double? DayRateMax,
    double DaysPerWeek,
    int? DurationWeeks,
    int Openings,
    string? City,
    string? Country,
    RemotePreference Remote,
    IReadOnlyList<string> Terms,
    DateTimeOffset UpdatedAt,
    string? PayCurrency = null);
