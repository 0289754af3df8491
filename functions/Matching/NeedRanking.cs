using Matchmaker.Model.Explaining;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Ranking;
using Matchmaker.Model.Skills;

namespace Matchmaker.Matching;

/// <summary>
/// One need's candidates: features, then the live model's scores in one batch, best first. Only the
/// candidates kept are explained, in a second batch, because explaining costs about three times scoring
/// (docs/benchmarks.md). Skill statistics (for IDF and "rare skill" reasons) come from the candidates and
/// the need themselves.
/// </summary>
public sealed class NeedRanking
{
    private readonly RankingModel model;
    private readonly NeedProjection need;
    private readonly ReasonWriter reasons;

    public NeedRanking(Taxonomy taxonomy, RankingModel model, NeedProjection need, IReadOnlyList<PersonProjection> people, DateTimeOffset now, PreparedPeople prepared)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(prepared);
        this.model = model;
        this.need = need;
        var preparedPeople = new PreparedPerson[people.Count];
        for (var i = 0; i < preparedPeople.Length; i++)
        {
            preparedPeople[i] = prepared.Prepare(people[i]);
        }

        var statistics = SkillStatistics.ForNeed(need, preparedPeople);
        var preparedNeed = new PairFeatureExtractor(taxonomy, statistics).Prepare(need, now);
        var rows = new float[people.Count][];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new float[PairFeatures.Count];
            PairFeatureExtractor.Extract(preparedNeed, preparedPeople[i], rows[i]);
        }

        var scores = rows.Length == 0 ? [] : model.Score(rows);
        reasons = new ReasonWriter(taxonomy, statistics);
        var order = BestFirst(scores, people);
        var candidates = new RankedCandidate[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            var index = order[i];
            candidates[i] = new RankedCandidate(index, people[index], rows[index], scores[index]);
        }

        Candidates = candidates;
    }

    /// <summary>Best first; equal scores in profile id order, so every run ranks the same.</summary>
    public IReadOnlyList<RankedCandidate> Candidates { get; }

    /// <summary>Breakdowns and reasons of the given candidates, in one batch.</summary>
    public IReadOnlyList<ExplainedSuggestion> Explain(IReadOnlyList<RankedCandidate> kept)
    {
        ArgumentNullException.ThrowIfNull(kept);
        if (kept.Count == 0)
        {
            return [];
        }

        var explained = model.Explain([.. kept.Select(c => c.Features)]);
        return [.. kept.Select((candidate, i) => new ExplainedSuggestion(
            candidate,
            explained.Breakdown(i, PairFeatures.Names),
            [.. reasons.Write(need, candidate.Person, candidate.Features, explained.ContributionsOf(i)).Select(r => r.Text)]))];
    }

    /// <summary>
    /// Indexes by score, highest first, then by profile id. Sorting on the scores themselves (a primitive sort)
    /// and then ordering only runs of equal scores by id costs a fraction of one comparison delegate over all.
    /// </summary>
    private static int[] BestFirst(float[] scores, IReadOnlyList<PersonProjection> people)
    {
        var order = new int[scores.Length];
        var keys = new float[scores.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            // Negated so ascending is best first; NaN (never expected) last, as float.CompareTo puts it.
            keys[i] = float.IsNaN(scores[i]) ? float.PositiveInfinity : -scores[i];
        }

        Array.Sort(keys, order);
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end].Equals(keys[start]))
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(order, start, end - start, Comparer<int>.Create((x, y) => string.CompareOrdinal(people[x].Id, people[y].Id)));
            }

            start = end;
        }

        return order;
    }

    public static IReadOnlyDictionary<string, float> Named(float[] features) =>
        PairFeatures.Names.Select((name, i) => (name, i)).ToDictionary(f => f.name, f => features[f.i], StringComparer.Ordinal);
}
