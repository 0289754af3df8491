using Matchmaker.Model.Explaining;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;

namespace Matchmaker.Model.Advice;

/// <summary>
/// What to learn (docs/matching.md, "Learning advice"): a skill the person lacks opens a workable need when
/// it is the need's one missing required skill, or one of two. Skills are ranked by the fit-weighted monthly
/// pay they open (halved for a need that lacks another skill too); skills the person wants to learn come
/// first when they open anything. At most <see cref="MaxSkills"/>.
/// </summary>
public static class LearningAdvice
{
    public const int MaxSkills = 5;

    /// <param name="needs">The assessed needs whose pay compares with the person's target.</param>
    /// <param name="open">Every open need, for who can teach what.</param>
    public static IReadOnlyList<SkillAdvice> Build(PersonProjection person, IReadOnlyList<NeedAssessment> needs, IReadOnlyList<NeedProjection> open, Taxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(open);
        var wanted = person.WantsToLearn.ToHashSet(StringComparer.Ordinal);
        var opened = new Dictionary<string, List<OpenedNeed>>(StringComparer.Ordinal);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var need in needs.Where(n => n.Workable))
        {
            var missing = need.Missing;
            if (missing.Count is 0 or > 2)
            {
                continue;
            }

            var fit = AdviceFit.Of(need.Scored.Score);
            var monthly = need.MonthlyPennies / 100.0;
            foreach (var skill in missing)
            {
                var others = missing.Where(m => m != skill).Select(m => Wording.Name(taxonomy, m.Required.Key)).ToList();
                var key = skill.Required.Key;
                opened.TryAdd(key, []);
                opened[key].Add(new OpenedNeed(need.Need, skill.Required.Level, others, need.DayRate is { } r ? Math.Round(r, 2) : null, monthly, fit));
                weights[key] = weights.GetValueOrDefault(key) + (fit * monthly / missing.Count);
            }
        }

        // Chosen first, built after: only the few kept look up which co-ops teach them.
        return [.. opened
            .OrderByDescending(pair => wanted.Contains(pair.Key))
            .ThenByDescending(pair => weights[pair.Key])
            .ThenByDescending(pair => pair.Value.Count)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(MaxSkills)
            .Select(pair => Advice(pair.Key, pair.Value, weights[pair.Key], wanted.Contains(pair.Key), open, taxonomy))];
    }

    private static SkillAdvice Advice(string key, List<OpenedNeed> needs, double weight, bool wanted, IReadOnlyList<NeedProjection> open, Taxonomy taxonomy)
    {
        var rates = needs.Where(n => n.DayRate is not null).Select(n => n.DayRate!.Value).ToList();
        var teachers = open.Where(n => n.CanTeach.Contains(key, StringComparer.Ordinal))
            .GroupBy(n => n.CoopId, StringComparer.Ordinal)
            .Select(g => new Teacher(g.Key, [.. g.Select(n => n.Id).Order(StringComparer.Ordinal)]))
            .OrderByDescending(t => t.NeedIds.Count)
            .ThenBy(t => t.CoopId, StringComparer.Ordinal)
            .ToList();
        return new SkillAdvice(
            key,
            Wording.Name(taxonomy, key),
            wanted,
            [.. needs.OrderByDescending(n => n.Fit * n.MonthlyPay).ThenBy(n => n.Need.Id, StringComparer.Ordinal)],
            rates.Count == 0 ? null : Math.Round(rates.Average(), 2),
            teachers,
            weight);
    }
}
