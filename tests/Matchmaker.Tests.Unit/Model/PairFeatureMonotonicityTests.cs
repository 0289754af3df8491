using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;

namespace Matchmaker.Tests.Unit.Model;

public sealed class PairFeatureMonotonicityTests
{
    private const int Cases = 3_000;

    private static readonly PairFeature[] CoverageFeatures =
        [PairFeature.RequiredCoverageExact, PairFeature.RequiredCoverageRelated, PairFeature.IdfOverlap];

    private static readonly PairFeature[] PayFeatures = [PairFeature.RateFit, PairFeature.IncomeReach];

    [Fact]
    public void Adding_a_required_skill_the_person_has_never_lowers_coverage()
    {
        Check(seed: 101, (random, person, need) =>
        {
            if (person.Skills.Count == 0)
            {
                return null;
            }

            var skill = random.Pick(person.Skills);
            var asked = new LeveledSkill(skill.Key, (SkillLevel)random.Pick<int>([0, 1, 2, 3]));
            return (person, need with { RequiredSkills = [.. need.RequiredSkills, asked] }, CoverageFeatures);
        });
    }

    [Fact]
    public void Raising_the_day_rate_never_lowers_rate_fit_or_income_reach()
    {
        Check(seed: 202, (random, person, need) =>
        {
            // A missing end of the range stands for the other end, so it is raised from there.
            var min = Valid(need.DayRateMin) ?? Valid(need.DayRateMax);
            var max = Valid(need.DayRateMax) ?? Valid(need.DayRateMin);
            var raised = random.Pick<int>([0, 1, 2]) switch
            {
                0 => need with { DayRateMin = Raise(random, min) },
                1 => need with { DayRateMax = Raise(random, max) },
                _ => need with { DayRateMin = Raise(random, min), DayRateMax = Raise(random, max) },
            };
            return (person, raised, PayFeatures);
        });
    }

    [Fact]
    public void More_matching_skills_never_lower_idf_overlap_or_coverage()
    {
        Check(seed: 303, (random, person, need) =>
        {
            var wanted = need.RequiredSkills.Select(s => s.Key).Concat(need.NiceToHave).ToList();
            if (wanted.Count == 0)
            {
                return null;
            }

            var added = new LeveledSkill(random.Pick(wanted), (SkillLevel)random.Pick<int>([0, 1, 2, 3]));
            return (person with { Skills = [.. person.Skills, added] }, need,
                [.. CoverageFeatures, PairFeature.NiceToHaveCoverage]);
        });
    }

    [Fact]
    public void A_person_with_more_days_never_gets_a_lower_days_fit()
    {
        Check(seed: 404, (random, person, need) =>
        {
            if (!double.IsFinite(person.DaysPerWeek) || person.DaysPerWeek < 0)
            {
                return null;
            }

            return (person with { DaysPerWeek = person.DaysPerWeek + 0.5 }, need, [PairFeature.DaysFit]);
        });
    }

    // Unpaid becomes paid; a paid rate goes up by up to 200 (or stays, at the top of the doubles).
    private static double Raise(RandomProjections random, double? rate) =>
        rate is { } r ? r + random.Uniform(0, 200) : random.Uniform(1, 500);

    private static double? Valid(double? rate) => rate is { } r && double.IsFinite(r) && r >= 0 ? r : null;

    private static void Check(
        int seed,
        Func<RandomProjections, PersonProjection, NeedProjection, (PersonProjection Person, NeedProjection Need, PairFeature[] Features)?> change)
    {
        var random = new RandomProjections(seed);
        var people = Enumerable.Range(0, 100).Select(_ => random.Person()).ToList();
        var needs = Enumerable.Range(0, 40).Select(_ => random.Need()).ToList();
        var extractor = new PairFeatureExtractor(Taxonomy.Default, SkillStatistics.Build(people, needs));
        var checkedCases = 0;
        for (var i = 0; i < Cases; i++)
        {
            var person = random.Pick(people);
            var need = random.Pick(needs);
            if (change(random, person, need) is not { } after)
            {
                continue;
            }

            var before = extractor.Extract(need, person, SampleProjections.Now);
            var then = extractor.Extract(after.Need, after.Person, SampleProjections.Now);
            foreach (var feature in after.Features)
            {
                Assert.True(
                    then[(int)feature] >= before[(int)feature],
                    $"{PairFeatures.NameOf(feature)} fell from {before[(int)feature]} to {then[(int)feature]} (case {i})");
            }

            checkedCases++;
        }

        Assert.True(checkedCases > Cases / 2, $"Only {checkedCases} cases applied.");
    }
}
