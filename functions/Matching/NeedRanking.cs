using Matchmaker.Model.Explaining;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Ranking;
using Matchmaker.Model.Skills;

namespace Matchmaker.Matching;

/// <summary>
/// One need's candidates scored and explained by the live model in one batch, best first. Skill statistics
/// (for IDF and "rare skill" reasons) come from the candidates and the need themselves.
/// </summary>
public sealed class NeedRanking
{
    private readonly NeedProjection need;
    private readonly ScoredExplanations explained;
    private readonly ReasonWriter reasons;

    public NeedRanking(Taxonomy taxonomy, RankingModel model, NeedProjection need, IReadOnlyList<PersonProjection> people, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(people);
        this.need = need;
        var statistics = SkillStatistics.Build(people, [need]);
        var extractor = new PairFeatureExtractor(taxonomy, statistics);
        var prepared = extractor.Prepare(need, now);
        var rows = new float[people.Count][];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new float[PairFeatures.Count];
            PairFeatureExtractor.Extract(prepared, extractor.Prepare(people[i]), rows[i]);
        }

        explained = model.Explain(rows);
        reasons = new ReasonWriter(taxonomy, statistics);
        Candidates = [.. Enumerable.Range(0, rows.Length)
            .Select(i => new RankedCandidate(i, people[i], rows[i], explained.Scores[i]))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Person.Id, StringComparer.Ordinal)];
    }

    /// <summary>Best first; equal scores in profile id order, so every run ranks the same.</summary>
    public IReadOnlyList<RankedCandidate> Candidates { get; }

    public IReadOnlyDictionary<string, float> Breakdown(RankedCandidate candidate) =>
        explained.Breakdown(candidate.Index, PairFeatures.Names);

    public IReadOnlyList<string> Reasons(RankedCandidate candidate) =>
        [.. reasons.Write(need, candidate.Person, candidate.Features, explained.ContributionsOf(candidate.Index)).Select(r => r.Text)];

    public static IReadOnlyDictionary<string, float> Named(float[] features) =>
        PairFeatures.Names.Select((name, i) => (name, i)).ToDictionary(f => f.name, f => features[f.i], StringComparer.Ordinal);
}
