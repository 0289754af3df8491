using Matchmaker.Model.Bootstrap;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;
using Matchmaker.Model.Training;

namespace Matchmaker.Tests.Unit.Ranking;

/// <summary>
/// Coordinators who follow a preference the bootstrap labels know nothing about: they favour people who
/// want to learn what the co-op can teach. Retraining on their decisions must rank held-out needs the way
/// they decide better than the bootstrap model does.
/// </summary>
public sealed class LearningFromDecisionsTests
{
    private const int Seed = 20261128;

    [Fact]
    public void Retraining_on_decisions_with_a_new_preference_raises_held_out_ndcg_over_the_bootstrap_model()
    {
        var bootstrap = BootstrapEvaluation.Pairs(
            Taxonomy.Default, new BootstrapGenerator(Taxonomy.Default, Seed).Generate(150, 12), BootstrapGenerator.ReferenceTime);
        var bootstrapModel = TrainingRun.Run(TrainingSetAssembler.Assemble(bootstrap, []), Seed).Model;

        var result = TrainingRun.Run(TrainingSetAssembler.Assemble(bootstrap, SimulatedDecisions(needs: 200, candidatesPerNeed: 12)), Seed, bootstrapModel);

        Assert.Equal(HeldOutGroups.Decisions, result.HeldOut);
        Assert.NotNull(result.Live);
        Assert.True(
            result.Test.Ndcg5 > result.Live.Ndcg5 + 0.03,
            $"retrained {result.Test.Ndcg5:F3} vs bootstrap model {result.Live.Ndcg5:F3} on {result.TestGroups} held-out needs");
        Assert.True(result.IsNotWorseThanLive);
    }

    [Fact]
    public void The_preference_is_absent_from_the_bootstrap_labels()
    {
        var set = new BootstrapGenerator(Taxonomy.Default, Seed).Generate(150, 12);
        var pairs = BootstrapEvaluation.Pairs(Taxonomy.Default, set, BootstrapGenerator.ReferenceTime);

        // The judge behind the bootstrap grades never reads what people want to learn or co-ops can teach.
        var withWish = set.People.Select(p => p with { WantsToLearn = ["docker"] }).ToList();
        var needsTeaching = set.Needs.Select(n => n with { CanTeach = ["docker"] }).ToList();
        Assert.All(set.Pairs, pair => Assert.Equal(
            BootstrapJudge.Grade(Taxonomy.Default, set.People[pair.Person], set.Needs[pair.Need], 0),
            BootstrapJudge.Grade(Taxonomy.Default, withWish[pair.Person], needsTeaching[pair.Need], 0)));
        Assert.Contains(pairs, p => p.Features[(int)PairFeature.LearnTeachOverlap] == 0);
    }

    /// <summary>
    /// Needs that can teach a skill and candidates of whom every other one wants to learn it; coordinators
    /// grade by the bootstrap judge, then two grades up for that wish and one down without it.
    /// </summary>
    private static List<LabelledPair> SimulatedDecisions(int needs, int candidatesPerNeed)
    {
        var set = new BootstrapGenerator(Taxonomy.Default, seed: 99).Generate(needs, candidatesPerNeed);
        var random = new Random(99);
        var taught = set.Needs.Select(n => n with { CanTeach = [Taxonomy.Default.Skills[random.Next(Taxonomy.Default.Skills.Count)].Id] }).ToList();
        var people = set.People.ToList();
        foreach (var pair in set.Pairs.Where(p => p.Person % 2 == 0))
        {
            people[pair.Person] = people[pair.Person] with { WantsToLearn = [taught[pair.Need].CanTeach[0]] };
        }

        var extractor = new PairFeatureExtractor(Taxonomy.Default, SkillStatistics.Build(people, taught));
        return [.. set.Pairs.Select(pair =>
        {
            var (need, person) = (taught[pair.Need], people[pair.Person]);
            var judged = BootstrapJudge.Grade(Taxonomy.Default, person, need, 0);
            var grade = Math.Clamp(judged + (person.WantsToLearn.Contains(need.CanTeach[0]) ? 2 : -1), 0, 3);
            return new LabelledPair($"decided-need-{pair.Need}", grade, extractor.Extract(need, person, BootstrapGenerator.ReferenceTime));
        })];
    }
}
