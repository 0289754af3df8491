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
        var needKeys = need.RequiredSkills.Select(s => s.Key).Concat(need.NiceToHave).ToHashSet(StringComparer.Ordinal);
        var statistics = SkillStatistics.Build(people, [need], needKeys);
        var extractor = new PairFeatureExtractor(taxonomy, statistics);
        var preparedNeed = extractor.Prepare(need, now);
        var rows = new float[people.Count][];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new float[PairFeatures.Count];
            PairFeatureExtractor.Extract(preparedNeed, prepared.Prepare(people[i]), rows[i]);
        }

        var scores = rows.Length == 0 ? [] : model.Score(rows);
        reasons = new ReasonWriter(taxonomy, statistics);
        var order = new int[rows.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (x, y) => scores[y].CompareTo(scores[x]) is var byScore and not 0 ? byScore : string.CompareOrdinal(people[x].Id, people[y].Id));
        Candidates = [.. order.Select(i => new RankedCandidate(i, people[i], rows[i], scores[i]))];
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

    public static IReadOnlyDictionary<string, float> Named(float[] features) =>
        PairFeatures.Names.Select((name, i) => (name, i)).ToDictionary(f => f.name, f => features[f.i], StringComparer.Ordinal);
}
