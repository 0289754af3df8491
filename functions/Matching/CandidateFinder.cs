using System.Text.Json;
using Matchmaker.Http;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;
using Microsoft.Extensions.Options;

namespace Matchmaker.Matching;

/// <summary>
/// Finds a need's candidates through the skill index, never by scanning profiles: people with a required
/// skill first (those with more of them first), then with a nice-to-have skill, then with a skill next to a
/// required one in the taxonomy (related or broader), until <see cref="MatchingOptions.MaxCandidates"/>.
/// Each skill is one partition query whose rows carry the person's projection, so nothing else is read.
/// </summary>
public sealed class CandidateFinder(SkillIndexStore index, Taxonomy taxonomy, IOptions<MatchingOptions> options)
{
    public async Task<IReadOnlyList<PersonProjection>> FindAsync(NeedProjection need, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(need);
        var max = options.Value.MaxCandidates;
        var required = need.RequiredSkills.Select(s => s.Key).Distinct(StringComparer.Ordinal).ToList();
        var niceToHave = need.NiceToHave.Except(required, StringComparer.Ordinal).ToList();
        var neighbours = required.SelectMany(taxonomy.Neighbours).Distinct(StringComparer.Ordinal).Except(required).Except(niceToHave).ToList();

        var found = new Dictionary<string, PersonProjection>(StringComparer.Ordinal);
        foreach (var tier in new[] { required, niceToHave, neighbours })
        {
            if (found.Count >= max)
            {
                break;
            }

            var rows = await Task.WhenAll(tier.Select(key => index.ProfilesWithSkillAsync(SkillKey.For(key), max, cancellationToken)));
            var people = rows.SelectMany(r => r)
                .Where(row => row.Projection.Length > 0 && !found.ContainsKey(row.RowKey))
                .GroupBy(row => row.RowKey, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Take(max - found.Count);
            foreach (var person in people)
            {
                if (JsonSerializer.Deserialize<PersonProjection>(person.First().Projection, MatchmakerJson.Options) is { } projection)
                {
                    found[person.Key] = projection;
                }
            }
        }

        return [.. found.Values];
    }
}
