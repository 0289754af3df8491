using System.Text.Json;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;
using Matchmaker.Needs;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Http;
using Matchmaker.Profiles;

namespace Matchmaker.Matching;

/// <summary>
/// Builds the compact projections matching reads (docs/matching.md) from stored profiles and needs:
/// keys, numbers and bounded text terms, with no name, email, bio or description.
/// </summary>
public static class MatchingProjections
{
    public static PersonProjection Of(ProfileEntity profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var skills = ProfileMapper.SkillsOf(profile);
        var interests = Strings(profile.InterestsJson);
        return new PersonProjection(
            profile.Id,
            [.. skills.Select(s => new LeveledSkill(s.Key, LevelOf(s.Level)))],
            profile.DaysPerWeek,
            profile.IncomeMonthly,
            profile.City,
            profile.Country,
            RemoteOf(profile.Remote),
            [.. interests.Select(Key)],
            [.. Strings(profile.WantsToLearnJson).Select(Key)],
            TextTerms.Of([profile.Bio, .. skills.Select(s => s.Name), .. interests]),
            profile.UpdatedAt,
            profile.IncomeCurrency);
    }

    public static NeedProjection Of(NeedEntity need)
    {
        ArgumentNullException.ThrowIfNull(need);
        var required = Skills(need.RequiredSkillsJson);
        var niceToHave = Skills(need.NiceToHaveSkillsJson);
        return new NeedProjection(
            need.Id,
            need.CoopId,
            [.. required.Select(s => new LeveledSkill(s.Key, LevelOf(s.Level)))],
            [.. niceToHave.Select(s => s.Key)],
            [.. Strings(need.CanTeachJson).Select(Key)],
            need.DayRateMin,
            need.DayRateMax,
            need.DaysPerWeek,
            need.DurationWeeks,
            need.Openings,
            need.City,
            need.Country,
            RemoteOf(need.Remote),
            TextTerms.Of([need.Title, need.Description, .. required.Concat(niceToHave).Select(s => s.Name)]),
            need.UpdatedAt,
            need.DayRateCurrency);
    }

    // A need's level is optional; working is what a need without one is read as asking for.
    private static SkillLevel LevelOf(string? level) => Array.IndexOf(FieldRules.Levels, level) is var i and >= 0 ? (SkillLevel)i : SkillLevel.Working;

    private static RemotePreference RemoteOf(string remote) =>
        Array.IndexOf(FieldRules.RemoteOptions, remote) is var i and >= 0 ? (RemotePreference)i : RemotePreference.RemoteOk;

    private static string Key(string text) => SkillNormalizer.Default.Resolve(text).Key;

    private static List<string> Strings(string json) => JsonSerializer.Deserialize<List<string>>(json, MatchmakerJson.Options) ?? [];

    private static List<StoredSkill> Skills(string json) => JsonSerializer.Deserialize<List<StoredSkill>>(json, MatchmakerJson.Options) ?? [];
}
