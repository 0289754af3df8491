using Azure.Data.Tables;
using Matchmaker.Coops;
using Matchmaker.Introductions;
using Matchmaker.Matching;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Model.Skills;
using Matchmaker.Needs;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Review.Insights;

/// <summary>
/// Counts for coordinators: the suggestion funnel, skill supply against demand, and approval rates by co-op
/// and by region (a check that decisions do not favour some co-ops or places). Reads whole tables with
/// filters, which suits a network of thousands of people; at larger scale these would be kept as counters.
/// </summary>
public sealed class InsightsService(
    SuggestionStore suggestions, IntroductionStore introductions, NeedStore needs, CoopStore coops, TableServiceClient tables, Taxonomy taxonomy)
{
    public const int MaxSkills = 30;

    public async Task<InsightsReport> BuildAsync(CancellationToken cancellationToken)
    {
        var all = await suggestions.AllAsync(null, cancellationToken);
        var introduced = await introductions.ListAsync(null, cancellationToken);
        var funnel = new Funnel(
            all.Count,
            all.Count(s => s.Status == SuggestionStatus.Pending),
            all.Count(s => s.Status == SuggestionStatus.Approved),
            all.Count(s => s.Status == SuggestionStatus.Rejected),
            all.Count(s => s.Status == SuggestionStatus.Expired),
            Accepted: introduced.Count(i => i.Status is IntroductionStatus.Accepted or IntroductionStatus.Connected),
            Connected: introduced.Count(i => i.Status == IntroductionStatus.Connected));

        var decided = all.Where(s => SuggestionStatus.IsDecided(s.Status)).ToList();
        var needsById = new Dictionary<string, NeedEntity>(StringComparer.Ordinal);
        foreach (var id in decided.Select(s => s.NeedId).Distinct(StringComparer.Ordinal))
        {
            if (await needs.FindAsync(id, cancellationToken) is { } need)
            {
                needsById[id] = need;
            }
        }

        var byCoop = new List<ApprovalRate>();
        foreach (var group in decided.Where(s => needsById.ContainsKey(s.NeedId)).GroupBy(s => needsById[s.NeedId].CoopId, StringComparer.Ordinal))
        {
            var name = (await coops.FindAsync(group.Key, cancellationToken))?.Name ?? group.Key;
            byCoop.Add(Rate(group.Key, name, group));
        }

        var byRegion = decided.Where(s => needsById.ContainsKey(s.NeedId))
            .GroupBy(s => Region(needsById[s.NeedId]), StringComparer.Ordinal)
            .Select(g => Rate(g.Key, g.Key, g))
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .ToList();

        return new InsightsReport(funnel, await SkillsAsync(cancellationToken), [.. byCoop.OrderBy(r => r.Name, StringComparer.Ordinal)], byRegion);
    }

    private async Task<List<SkillBalance>> SkillsAsync(CancellationToken cancellationToken)
    {
        var demand = (await needs.AllOpenAsync(cancellationToken))
            .SelectMany(n => MatchingProjections.Of(n).RequiredSkills.Select(s => s.Key).Distinct(StringComparer.Ordinal))
            .GroupBy(k => k, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        // The skill index's tracking rows: one per (person in matching, skill), holding the skill's key.
        var supply = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = tables.GetTableClient(StorageNames.SkillIndexTable);
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {"profile-"} and PartitionKey lt {"profile."}");
        await foreach (var row in index.QueryAsync<SkillIndexEntity>(filter, maxPerPage: 1000, select: [nameof(SkillIndexEntity.Skill)], cancellationToken: cancellationToken))
        {
            supply[row.Skill] = supply.GetValueOrDefault(row.Skill) + 1;
        }

        return [.. demand.Keys.Union(supply.Keys)
            .Select(key => new SkillBalance(NameOf(key), demand.GetValueOrDefault(key), supply.GetValueOrDefault(key)))
            .OrderByDescending(s => s.Gap)
            .ThenByDescending(s => s.Demand)
            .ThenBy(s => s.Skill, StringComparer.Ordinal)
            .Take(MaxSkills)];
    }

    private string NameOf(string key) =>
        taxonomy.Find(key)?.Name ?? (Model.Matching.MatchKey.IsFreeText(key) ? key[Model.Matching.MatchKey.FreeTextPrefix.Length..] : key);

    private static string Region(NeedEntity need) =>
        need.Remote == "remote-only" ? "remote" : $"{need.Country ?? "?"} {need.City ?? ""}".Trim();

    private static ApprovalRate Rate(string key, string name, IEnumerable<SuggestionEntity> decided)
    {
        var list = decided.ToList();
        var approved = list.Count(s => s.Status == SuggestionStatus.Approved);
        var rejected = list.Count(s => s.Status == SuggestionStatus.Rejected);
        return new ApprovalRate(key, name, approved, rejected, approved + rejected == 0 ? null : approved / (double)(approved + rejected));
    }
}
