namespace Matchmaker.Model.Matching;

/// <summary>
/// The compact form of a profile that matching reads: no name, email or free text, only keys, numbers and
/// a bounded set of text terms. Skills, interests and wishes are <see cref="MatchKey"/> keys;
/// <see cref="Terms"/> come from <see cref="TextTerms"/> over the bio, skill names and interests.
/// </summary>
/// <param name="Id">The profile id.</param>
/// <param name="Skills">The person's skills with levels.</param>
/// <param name="DaysPerWeek">The most days a week the person wants to work (0.5 to 5).</param>
/// <param name="MonthlyIncomeTarget">The income the person needs a month; null when they gave none.</param>
/// <param name="City">The city, as written; compared without regard to case.</param>
/// <param name="Country">An ISO 3166 two-letter code such as GB.</param>
/// <param name="Remote">Where the person wants to work.</param>
/// <param name="Interests">Topics the person cares about, as keys.</param>
/// <param name="WantsToLearn">Skills the person wants to learn, as keys.</param>
/// <param name="Terms">At most <see cref="TextTerms.DefaultMax"/> terms for text similarity.</param>
/// <param name="UpdatedAt">When the profile last changed.</param>
/// <param name="IncomeCurrency">The ISO 4217 code of the income target, such as GBP; null when not known (taken to be the need's).</param>
public sealed record PersonProjection(
    string Id,
    IReadOnlyList<LeveledSkill> Skills,
    double DaysPerWeek,
    double? MonthlyIncomeTarget,
    string? City,
    string? Country,
    RemotePreference Remote,
    IReadOnlyList<string> Interests,
    IReadOnlyList<string> WantsToLearn,
    IReadOnlyList<string> Terms,
    DateTimeOffset UpdatedAt,
    string? IncomeCurrency = null);
