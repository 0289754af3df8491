using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;

namespace Matchmaker.Model.Explaining;

/// <summary>
/// Turns a pair's contributions into its top reasons in plain words: the features that pushed the score up
/// most, each written from facts of the pair (skill names, rates, days, places). A feature whose facts do
/// not support a sentence (a positive contribution for a rate below the minimum, say) gives no reason, so
/// there can be fewer reasons than asked; none is ever written for a contribution that is not positive.
/// </summary>
public sealed class ReasonWriter
{
    public const int DefaultCount = 3;

    private readonly Taxonomy taxonomy;
    private readonly SkillStatistics statistics;
    private readonly string currency;
    private readonly ReasonAudience audience;
    private readonly KeyTokenizer tokens;

    /// <param name="statistics">The statistics the features were computed with: they decide which skills are rare.</param>
    /// <param name="currency">Written before amounts of money of a need whose projection names no currency (else its own sign is).</param>
    /// <param name="audience">Who reads the reasons: for others than the person, no figure drawn from the income target.</param>
    public ReasonWriter(Taxonomy taxonomy, SkillStatistics statistics, string currency = "£", ReasonAudience audience = ReasonAudience.Person)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(currency);
        this.taxonomy = taxonomy;
        this.statistics = statistics;
        this.currency = currency;
        this.audience = audience;
        tokens = new KeyTokenizer(taxonomy);
    }

    /// <summary>
    /// At most <paramref name="count"/> reasons, largest contribution first, for the pair whose
    /// <see cref="PairFeature"/> vector is <paramref name="features"/> and whose contributions (from
    /// <see cref="Ranking.RankingModel.Explain"/>) are <paramref name="contributions"/>.
    /// </summary>
    public IReadOnlyList<ScoreReason> Write(
        NeedProjection need, PersonProjection person, ReadOnlySpan<float> features, ReadOnlySpan<float> contributions, int count = DefaultCount)
    {
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(person);
        if (features.Length != PairFeatures.Count || contributions.Length != PairFeatures.Count)
        {
            throw new ArgumentException($"{PairFeatures.Count} features and {PairFeatures.Count} contributions are needed.");
        }

        var given = contributions.ToArray();
        var order = Enumerable.Range(0, PairFeatures.Count)
            .Where(i => given[i] > 0)
            .OrderByDescending(i => given[i])
            .ThenBy(i => i)
            .ToList();
        var facts = new PairFacts(need, person, taxonomy);
        var reasons = new List<ScoreReason>(count);
        foreach (var i in order)
        {
            if (reasons.Count >= count)
            {
                break;
            }

            var feature = (PairFeature)i;
            if (Sentence(feature, facts, features[i]) is { } text && !reasons.Exists(r => r.Text == text))
            {
                reasons.Add(new ScoreReason(feature, contributions[i], text));
            }
        }

        return reasons;
    }

    private string? Sentence(PairFeature feature, PairFacts facts, float value) => feature switch
    {
        PairFeature.RequiredCoverageExact => SkillReasons.RequiredExact(facts),
        PairFeature.RequiredCoverageRelated => SkillReasons.RequiredRelated(facts),
        PairFeature.LevelFit => SkillReasons.LevelFit(facts),
        PairFeature.NiceToHaveCoverage => SkillReasons.NiceToHave(facts),
        PairFeature.IdfOverlap => SkillReasons.RareSkills(facts, statistics),
        PairFeature.TextSimilarity => TopicReasons.TextSimilarity(facts),
        PairFeature.RateFit => WorkReasons.RateFit(facts, SignOf(facts.Need), audience),
        PairFeature.IncomeReach => WorkReasons.IncomeReach(facts, SignOf(facts.Need), audience),
        PairFeature.DaysFit => WorkReasons.DaysFit(facts),
        PairFeature.LocationFit => WorkReasons.LocationFit(facts),
        PairFeature.InterestsOverlap => TopicReasons.InterestsOverlap(facts, tokens),
        PairFeature.LearnTeachOverlap => TopicReasons.LearnTeachOverlap(facts, tokens),
        PairFeature.NeedFreshness => TopicReasons.Freshness(value, PairFeatureExtractor.NeedHalfLifeDays, "need posted or updated"),
        PairFeature.ProfileFreshness => TopicReasons.Freshness(value, PairFeatureExtractor.ProfileHalfLifeDays, "profile updated"),
        _ => null,
    };

    private string SignOf(NeedProjection need) => string.IsNullOrWhiteSpace(need.PayCurrency) ? currency : CurrencySymbol.Of(need.PayCurrency);
}
