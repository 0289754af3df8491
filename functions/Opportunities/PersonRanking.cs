using Matchmaker.Model.Explaining;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Ranking;
using Matchmaker.Model.Skills;

namespace Matchmaker.Opportunities;

/// <summary>
/// One person against the given needs, scored by the live model in one batch, best first: the mirror of
/// <see cref="Matching.NeedRanking"/>. Skill statistics come from this person and these needs only, so
/// nothing about anyone else shapes the features or the reasons.
/// </summary>
public sealed class PersonRanking
{
    private readonly RankingModel model;
    private readonly PersonProjection person;
    private readonly ReasonWriter reasons;

    /// <param name="currency">The sign reasons write amounts with for a need that names no currency (the person's).</param>
    public PersonRanking(Taxonomy taxonomy, RankingModel model, PersonProjection person, IReadOnlyList<NeedProjection> needs, DateTimeOffset now, string currency)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(needs);
        this.model = model;
        this.person = person;
        var statistics = SkillStatistics.Build([person], needs);
        var extractor = new PairFeatureExtractor(taxonomy, statistics);
        var prepared = extractor.Prepare(person);
        var rows = new float[needs.Count][];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new float[PairFeatures.Count];
            PairFeatureExtractor.Extract(extractor.Prepare(needs[i], now), prepared, rows[i]);
        }

        reasons = new ReasonWriter(taxonomy, statistics, currency);
        // No open needs, nothing to score: the model is not asked about an empty batch.
        var scores = rows.Length > 0 ? model.Score(rows) : [];
        Needs = [.. Enumerable.Range(0, rows.Length)
            .Select(i => new RankedNeed(needs[i], rows[i], scores[i]))
            .OrderByDescending(n => n.Score)
            .ThenBy(n => n.Need.Id, StringComparer.Ordinal)];
    }

    /// <summary>Best first; equal scores in need id order, so every request ranks the same.</summary>
    public IReadOnlyList<RankedNeed> Needs { get; }

    /// <summary>
    /// The reasons of the needs an answer shows, by need id, explained in one batch: explaining costs more
    /// than scoring, so only what is shown is explained.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ReasonsFor(IReadOnlyList<RankedNeed> shown)
    {
        ArgumentNullException.ThrowIfNull(shown);
        if (shown.Count == 0)
        {
            return new Dictionary<string, IReadOnlyList<string>>();
        }

        var explained = model.Explain([.. shown.Select(n => n.Features)]);
        return shown
            .Select((need, i) => (need.Need.Id, Texts: reasons.Write(need.Need, person, need.Features, explained.ContributionsOf(i)).Select(r => r.Text).ToList()))
            .ToDictionary(n => n.Id, IReadOnlyList<string> (n) => n.Texts, StringComparer.Ordinal);
    }
}
