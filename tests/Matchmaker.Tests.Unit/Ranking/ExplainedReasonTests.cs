using Matchmaker.Model.Explaining;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;

namespace Matchmaker.Tests.Unit.Ranking;

/// <summary>Reasons from a trained model's own contributions: they name real facts of each pair.</summary>
public sealed class ExplainedReasonTests(ExplainedBootstrap bootstrap) : IClassFixture<ExplainedBootstrap>
{
    [Fact]
    public void A_candidate_with_every_required_skill_is_told_so_by_skill_name()
    {
        var need = ReasonSamples.WebShop with { RequiredSkills = [new("php", SkillLevel.Working), new("javascript", SkillLevel.Working)] };
        var skilled = ReasonSamples.Developer with { Skills = [new("php", SkillLevel.Advanced), new("javascript", SkillLevel.Advanced)] };
        var unskilled = skilled with { Skills = [new("sales", SkillLevel.Advanced)] };
        float[][] features = [bootstrap.Extractor.Extract(need, skilled, ExplainedBootstrap.Now), bootstrap.Extractor.Extract(need, unskilled, ExplainedBootstrap.Now)];
        var writer = new ReasonWriter(Taxonomy.Default, bootstrap.Statistics);

        var explained = bootstrap.Model.Explain(features);
        var reasons = writer.Write(need, skilled, features[0], explained.ContributionsOf(0));
        var unskilledReasons = writer.Write(need, unskilled, features[1], explained.ContributionsOf(1));

        Assert.Contains(reasons, r => r.Feature == PairFeature.RequiredCoverageExact && r.Text == "has all 2 required skills: PHP and JavaScript");
        Assert.True(explained.Scores[0] > explained.Scores[1]);
        Assert.DoesNotContain(unskilledReasons, r => r.Feature == PairFeature.RequiredCoverageExact);
    }

    [Fact]
    public void Every_reason_of_every_bootstrap_candidate_is_a_positive_contribution_and_a_fact_of_the_pair()
    {
        var writer = new ReasonWriter(Taxonomy.Default, bootstrap.Statistics);
        var explained = bootstrap.Model.Explain(bootstrap.Features);
        var seen = new HashSet<PairFeature>();

        for (var i = 0; i < bootstrap.Set.Pairs.Count; i++)
        {
            var (need, person) = (bootstrap.Set.Needs[bootstrap.Set.Pairs[i].Need], bootstrap.Set.People[bootstrap.Set.Pairs[i].Person]);
            var contributions = explained.ContributionsOf(i).ToArray();

            var reasons = writer.Write(need, person, bootstrap.Features[i], contributions);

            Assert.InRange(reasons.Count, 0, 3);
            Assert.All(reasons, r => Assert.True(r.Contribution > 0 && r.Contribution == contributions[(int)r.Feature], $"{r} of pair {i}"));
            Assert.Equal(reasons.Select(r => r.Contribution).OrderDescending(), reasons.Select(r => r.Contribution));
            Assert.All(reasons, r => AssertTrueOf(r, need, person));
            seen.UnionWith(reasons.Select(r => r.Feature));
        }

        // The loop above would pass with no reasons at all; the model's main features must have given some.
        Assert.Superset(new HashSet<PairFeature> { PairFeature.RequiredCoverageExact, PairFeature.RateFit, PairFeature.DaysFit }, seen);
    }

    private static void AssertTrueOf(ScoreReason reason, NeedProjection need, PersonProjection person)
    {
        var held = person.Skills.Select(s => s.Key).ToHashSet();
        switch (reason.Feature)
        {
            case PairFeature.RequiredCoverageExact:
                var have = need.RequiredSkills.Where(s => held.Contains(s.Key)).Select(s => Taxonomy.Default.Find(s.Key)!.Name).ToList();
                var count = need.RequiredSkills.Count;
                Assert.StartsWith(count == 1 ? "has the required skill" : have.Count == count ? $"has all {count} " : $"has {have.Count} of {count} ", reason.Text);
                Assert.All(have.Take(3), name => Assert.Contains(name, reason.Text, StringComparison.Ordinal));
                break;
            case PairFeature.RateFit:
                var minimum = IncomeMath.MinimumDayRate(person.MonthlyIncomeTarget, person.DaysPerWeek);
                Assert.True(minimum is null || need.DayRateMax >= minimum, $"{reason.Text}: {need.DayRateMax} against {minimum}");
                break;
            case PairFeature.DaysFit:
                Assert.True(person.DaysPerWeek >= need.DaysPerWeek, reason.Text);
                break;
            case PairFeature.LocationFit:
                var fits = reason.Text == $"both in {need.City}" ? person.City == need.City
                    : reason.Text == $"both in {need.Country}" ? person.Country == need.Country
                    : reason.Text == "remote work suits both" && need.Remote != RemotePreference.OnSite && person.Remote != RemotePreference.OnSite;
                Assert.True(fits, reason.Text);
                break;
        }
    }
}
