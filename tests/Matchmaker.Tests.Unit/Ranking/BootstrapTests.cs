using Matchmaker.Model.Bootstrap;
using Matchmaker.Model.Skills;

namespace Matchmaker.Tests.Unit.Ranking;

public sealed class BootstrapTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_same_seed_generates_the_same_set_and_grades()
    {
        var first = new BootstrapGenerator(Taxonomy.Default, seed: 7).Generate(needs: 20, candidatesPerNeed: 12);
        var second = new BootstrapGenerator(Taxonomy.Default, seed: 7).Generate(needs: 20, candidatesPerNeed: 12);

        Assert.Equal(first.Pairs, second.Pairs);
        Assert.Equal(first.People.Select(p => string.Join(',', p.Skills)), second.People.Select(p => string.Join(',', p.Skills)));
    }

    [Fact]
    public void Every_grade_from_0_to_3_occurs_and_each_need_has_its_candidates()
    {
        var set = new BootstrapGenerator(Taxonomy.Default, seed: 7).Generate(needs: 60, candidatesPerNeed: 15);

        Assert.Equal([0, 1, 2, 3], set.Pairs.Select(p => p.Grade).Distinct().Order());
        Assert.All(set.Pairs.GroupBy(p => p.Need), group => Assert.Equal(15, group.Count()));
    }

    [Fact]
    public void The_trained_model_beats_both_baselines_on_the_held_out_needs()
    {
        var set = new BootstrapGenerator(Taxonomy.Default, seed: 20261128).Generate(needs: 300, candidatesPerNeed: 20);

        var result = BootstrapEvaluation.Run(Taxonomy.Default, set, seed: 20261128, Now);

        Assert.All(result.Baselines, baseline =>
            Assert.True(result.Test.Ndcg5 > baseline.Value.Ndcg5, $"model {result.Test} vs {baseline.Key} {baseline.Value}"));
        Assert.Equal(300, result.BootstrapGroups);
        Assert.InRange(result.TestGroups, 40, 80);
        Assert.Equal((300 - result.TestGroups) * 20, result.TrainingRows);
    }
}
