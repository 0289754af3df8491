using Matchmaker.Model.Matching;
using Matchmaker.Model.Training;

namespace Matchmaker.Tests.Unit.Ranking;

public sealed class TrainingSetAssemblerTests
{
    [Theory]
    [InlineData(0, 300)]
    [InlineData(10, 270)]
    [InlineData(90, 30)]
    [InlineData(500, 30)]
    public void Each_need_with_decisions_takes_the_place_of_three_bootstrap_needs_down_to_thirty(int decisionGroups, int keptBootstrap)
    {
        var set = TrainingSetAssembler.Assemble(Groups("bootstrap", 300), Groups("decided", decisionGroups));

        Assert.Equal(keptBootstrap, set.GroupsFrom(TrainingSource.Bootstrap));
        Assert.Equal(decisionGroups, set.GroupsFrom(TrainingSource.Decisions));
        Assert.Equal((keptBootstrap + decisionGroups) * 3, set.Rows.Count);
    }

    [Fact]
    public void The_bootstrap_needs_kept_with_more_decisions_are_a_subset_of_those_kept_with_fewer()
    {
        var bootstrap = Groups("bootstrap", 300);

        var fewer = Kept(TrainingSetAssembler.Assemble(bootstrap, Groups("decided", 10)));
        var more = Kept(TrainingSetAssembler.Assemble(bootstrap, Groups("decided", 50)));

        Assert.Subset(fewer, more);
    }

    [Fact]
    public void Needs_that_cannot_teach_an_order_and_rows_of_another_feature_set_are_left_out()
    {
        LabelledPair[] decisions =
        [
            new("one-row", 2, Features()),
            new("same-label", 1, Features()), new("same-label", 1, Features()),
            new("old-schema", 0, new float[PairFeatures.Count - 1]), new("old-schema", 3, Features()),
            new("usable", 0, Features()), new("usable", 3, Features()), new("usable", 9, Features()),
        ];

        var set = TrainingSetAssembler.Assemble([], decisions);

        Assert.Equal(["usable"], set.Groups.Select(g => g.Key));
        Assert.Equal([0f, 3f], set.Rows.Select(r => r.Label));
        Assert.All(set.Rows, row => Assert.Equal(set.Groups[0].Id, row.GroupId));
    }

    [Fact]
    public void A_need_stays_in_the_same_part_of_the_split_and_the_parts_are_near_sixty_twenty_twenty()
    {
        var keys = Enumerable.Range(0, 5000).Select(i => $"need-{i}").ToList();

        var parts = keys.Select(key => HeldOutSplit.PartOf(key, 7)).ToList();

        Assert.Equal(parts, keys.Select(key => HeldOutSplit.PartOf(key, 7)));
        Assert.InRange(parts.Count(p => p == SplitPart.Train), 2850, 3150);
        Assert.InRange(parts.Count(p => p == SplitPart.Validation), 900, 1100);
        Assert.InRange(parts.Count(p => p == SplitPart.Test), 900, 1100);
        Assert.NotEqual(parts, keys.Select(key => HeldOutSplit.PartOf(key, 8)));
    }

    private static HashSet<string> Kept(TrainingSet set) =>
        [.. set.Groups.Where(g => g.Source == TrainingSource.Bootstrap).Select(g => g.Key)];

    private static List<LabelledPair> Groups(string prefix, int count) =>
        [.. Enumerable.Range(0, count).SelectMany(g => Enumerable.Range(0, 3).Select(label => new LabelledPair($"{prefix}-{g}", label, Features())))];

    private static float[] Features() => new float[PairFeatures.Count];
}
