using System.Text.Json;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;
using Matchmaker.Platform.Credentials;
using Matchmaker.Platform.Http;
using Microsoft.Extensions.Options;

namespace Matchmaker.Matching;

/// <summary>
/// Finds a need's candidates through the skill index, never by scanning profiles: people with a required
/// skill first (those holding more of the need's skills first), then with a nice-to-have skill, then with a
/// skill next to a required one in the taxonomy (related or broader), until <see cref="MatchingOptions.MaxCandidates"/>.
/// Each skill is one partition query whose rows carry the person's projection, so nothing else is read.
/// Where a skill is held by more people than the bound, each need reads its own slice of them, starting at a
/// profile id picked by the need's id: the same need always finds the same people, but needs do not all find
/// the people with the lowest ids.
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

        var wanted = required.Concat(niceToHave).ToHashSet(StringComparer.Ordinal);
        var startAt = StartOf(need.Id);
        var found = new List<PersonProjection>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tier in new[] { required, niceToHave, neighbours })
        {
            if (found.Count >= max)
            {
                break;
            }

            // Skills held are counted from the whole projection, not from the rows read: a partition is read
            // only up to the bound, so someone found through a rare skill may hold a common one whose rows were cut.
            var rows = await Task.WhenAll(tier.Select(key => index.ProfilesWithSkillAsync(SkillKey.For(key), max, startAt, cancellationToken)));
            var people = rows.SelectMany(r => r)
                .Where(row => row.Projection.Length > 0 && !ids.Contains(row.RowKey))
                .DistinctBy(row => row.RowKey, StringComparer.Ordinal)
                .Select(row => JsonSerializer.Deserialize<PersonProjection>(row.Projection, MatchmakerJson.Options))
                .OfType<PersonProjection>()
                .OrderByDescending(person => person.Skills.Count(s => wanted.Contains(s.Key)))
                .ThenBy(person => string.CompareOrdinal(person.Id, startAt) >= 0 ? 0 : 1)
                .ThenBy(person => person.Id, StringComparer.Ordinal)
                .Take(max - found.Count)
                .ToList();
            found.AddRange(people);
            ids.UnionWith(people.Select(person => person.Id));
        }

        return found;
    }

    /// <summary>Where the need starts reading a skill's people: 32 hex digits, spread like new profile ids.</summary>
    public static string StartOf(string needId) => SecretToken.Hash(needId)[..32];
}
