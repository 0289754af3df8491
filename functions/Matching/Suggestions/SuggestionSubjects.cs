using System.Text.Json;
using Matchmaker.Coops;
using Matchmaker.Needs;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Http;
using Matchmaker.Profiles;
using Matchmaker.Ranking;

namespace Matchmaker.Matching.Suggestions;

/// <summary>
/// Reads the needs, people and co-ops a page of suggestions refers to, and their model versions' fit scales:
/// one point read per distinct record, all in parallel, so a page of 100 costs at most a few hundred small reads issued at once rather than a
/// read per suggestion in turn.
/// </summary>
public sealed class SuggestionSubjects(NeedStore needs, ProfileStore profiles, CoopStore coops, ModelFitScales fitScales)
{
    public async Task<IReadOnlyList<SuggestionView>> DescribeAsync(IReadOnlyList<SuggestionEntity> page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var needReads = ReadAll(page.Select(s => s.NeedId), id => needs.FindAsync(id, cancellationToken));
        var profileReads = ReadAll(page.Select(s => s.ProfileId), id => profiles.FindAsync(id, cancellationToken));
        var foundNeeds = await needReads;
        var coopReads = ReadAll(foundNeeds.Values.OfType<NeedEntity>().Select(n => n.CoopId), id => coops.FindAsync(id, cancellationToken));
        var foundProfiles = await profileReads;
        var foundCoops = await coopReads;
        var scales = await fitScales.OfAsync(page.Select(s => s.ModelVersion), cancellationToken);

        return [.. page.Select(s =>
        {
            var need = foundNeeds[s.NeedId] is { } n ? Summarise(n, foundCoops.GetValueOrDefault(n.CoopId)) : null;
            var person = foundProfiles[s.ProfileId] is { } p ? Summarise(p) : null;
            return SuggestionMapper.ToView(s, scales[s.ModelVersion]) with { Need = need, Person = person };
        })];
    }

    public static NeedSummary Summarise(NeedEntity need, CoopEntity? coop)
    {
        ArgumentNullException.ThrowIfNull(need);
        return new(
            need.Id,
            need.Title,
            need.CoopId,
            coop?.Name,
            need.DayRateMin is { } min ? new DayRateInput((decimal)min, (decimal?)need.DayRateMax, need.DayRateCurrency) : null,
            need.DaysPerWeek,
            new LocationInput(need.City, need.Country, need.Remote));
    }

    public static PersonSummary Summarise(ProfileEntity profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var skills = JsonSerializer.Deserialize<List<StoredSkill>>(profile.SkillsJson, MatchmakerJson.Options) ?? [];
        return new(
            profile.Id,
            profile.Name,
            [.. skills.Select(s => new PersonSkill(s.Name, s.Level))],
            profile.DaysPerWeek,
            new LocationInput(profile.City, profile.Country, profile.Remote));
    }

    private static async Task<Dictionary<string, T?>> ReadAll<T>(IEnumerable<string> ids, Func<string, Task<T?>> read)
        where T : class
    {
        var distinct = ids.Distinct(StringComparer.Ordinal).ToList();
        var found = await Task.WhenAll(distinct.Select(read));
        return distinct.Zip(found).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }
}
