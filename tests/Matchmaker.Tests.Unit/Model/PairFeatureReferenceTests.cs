using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;

namespace Matchmaker.Tests.Unit.Model;

/// <summary>
/// The skill and text features of random pairs against the formulas of docs/matching.md worked out here the
/// plain way, on the keys and terms themselves (sets of strings), so the hashed look-ups the extractor uses
/// for speed are checked against what they stand for.
/// </summary>
public sealed class PairFeatureReferenceTests
{
    [Fact]
    public void Skill_and_text_features_of_random_pairs_follow_the_documented_formulas()
    {
        var random = new RandomProjections(seed: 20261128);
        var people = Enumerable.Range(0, 300).Select(_ => random.Person()).ToList();
        var needs = Enumerable.Range(0, 60).Select(_ => random.Need()).ToList();
        var statistics = SkillStatistics.Build(people, needs);
        var extractor = new PairFeatureExtractor(Taxonomy.Default, statistics);
        var related = 0;

        foreach (var need in needs)
        {
            foreach (var person in people)
            {
                var features = extractor.Extract(need, person, SampleProjections.Now);
                var expected = Reference(need, person, statistics);
                related += expected[PairFeature.RequiredCoverageRelated] > expected[PairFeature.RequiredCoverageExact] ? 1 : 0;
                foreach (var (feature, value) in expected)
                {
                    Assert.True(
                        Math.Abs(features[(int)feature] - value) < 1e-6,
                        $"{feature} of {person.Id} for {need.Id}: {features[(int)feature]}, expected {value}");
                }
            }
        }

        Assert.True(related > 100, "pairs where a neighbour gives credit are among the cases");
    }

    private static Dictionary<PairFeature, double> Reference(NeedProjection need, PersonProjection person, SkillStatistics statistics)
    {
        var has = person.Skills.GroupBy(s => s.Key).ToDictionary(g => g.Key, g => (int)g.Max(s => s.Level));
        var asked = need.RequiredSkills.GroupBy(s => s.Key).ToDictionary(g => g.Key, g => (int)g.Max(s => s.Level));
        var exact = asked.Keys.Where(has.ContainsKey).ToList();
        var near = asked.Keys.Count(key => !has.ContainsKey(key) && Taxonomy.Default.Neighbours(key).Any(has.ContainsKey));
        var niceToHave = need.NiceToHave.Distinct().ToList();
        var weights = asked.Keys.ToDictionary(key => key, statistics.Idf);
        foreach (var key in niceToHave.Where(key => !asked.ContainsKey(key)))
        {
            weights[key] = 0.5 * statistics.Idf(key);
        }

        var needTerms = need.Terms.Take(PairFeatureExtractor.MaxTerms).Distinct().ToList();
        var personTerms = person.Terms.Take(PairFeatureExtractor.MaxTerms).Distinct().ToList();
        return new()
        {
            [PairFeature.RequiredCoverageExact] = Share(exact.Count, asked.Count),
            [PairFeature.RequiredCoverageRelated] = asked.Count == 0 ? 0 : (exact.Count + (0.5 * near)) / asked.Count,
            [PairFeature.LevelFit] = exact.Count == 0 ? 0 : exact.Average(key => 1 - (Math.Max(0, asked[key] - has[key]) / 3.0)),
            [PairFeature.NiceToHaveCoverage] = Share(niceToHave.Count(has.ContainsKey), niceToHave.Count),
            [PairFeature.IdfOverlap] = weights.Count == 0 ? 0 : weights.Where(w => has.ContainsKey(w.Key)).Sum(w => w.Value) / weights.Values.Sum(),
            [PairFeature.TextSimilarity] = needTerms.Count == 0 || personTerms.Count == 0
                ? 0
                : personTerms.Count(needTerms.Contains) / Math.Sqrt((double)needTerms.Count * personTerms.Count),
        };
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
