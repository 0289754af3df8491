using Matchmaker.Model.Matching;
using static Matchmaker.Tests.Model.SampleProjections;

namespace Matchmaker.Tests.Model;

public sealed class SkillStatisticsTests
{
    [Fact]
    public void Each_person_and_need_is_one_document_and_a_key_counts_once_in_it()
    {
        var person = Newcomer with { Skills = [new("php", SkillLevel.Working), new("php", SkillLevel.Expert), new("linux", SkillLevel.Working)] };
        var need = ProjectOwner with { RequiredSkills = [new("php", SkillLevel.Working)], NiceToHave = ["php", "go"] };

        var statistics = SkillStatistics.Build([person, person], [need]);

        Assert.Equal(3, statistics.Documents);
        Assert.Equal(3, statistics.DocumentFrequency("php"));
        Assert.Equal(2, statistics.DocumentFrequency("linux"));
        Assert.Equal(1, statistics.DocumentFrequency("go"));
        Assert.Equal(0, statistics.DocumentFrequency("sales"));
        Assert.Equal(3, statistics.DistinctKeys);
    }

    [Fact]
    public void Idf_is_at_least_1_and_larger_for_rarer_keys()
    {
        var statistics = SkillStatistics.Build(
            [Newcomer with { Skills = [new("php", SkillLevel.Working), new("go", SkillLevel.Working)] }, Newcomer with { Skills = [new("php", SkillLevel.Working)] }],
            []);

        Assert.Equal(1.0, statistics.Idf("php"), precision: 12);
        Assert.True(statistics.Idf("go") > statistics.Idf("php"));
        Assert.True(statistics.Idf("unknown") > statistics.Idf("go"));
        Assert.Equal(Math.Log(3.0 / 1.0) + 1, statistics.Idf("unknown"), precision: 12);
    }

    [Fact]
    public void Empty_statistics_weigh_every_key_the_same()
    {
        Assert.Equal(0, SkillStatistics.Empty.Documents);
        Assert.Equal(1.0, SkillStatistics.Empty.Idf("php"));
        Assert.Equal(1.0, SkillStatistics.Empty.Idf("text:anything"));
    }

    [Fact]
    public void Counting_only_some_keys_gives_their_frequencies_as_counting_all_does()
    {
        var random = new RandomProjections(11);
        var people = Enumerable.Range(0, 200).Select(_ => random.Person()).ToList();
        var need = SampleProjections.ProjectOwner;
        var keys = need.RequiredSkills.Select(s => s.Key).Concat(need.NiceToHave).Append("no-such-key").ToHashSet();

        var all = SkillStatistics.Build(people, [need]);
        var some = SkillStatistics.Build(people, [need], keys);

        Assert.Equal(all.Documents, some.Documents);
        Assert.All(keys, key => Assert.Equal(all.DocumentFrequency(key), some.DocumentFrequency(key)));
        Assert.True(some.DistinctKeys <= keys.Count && all.DistinctKeys > keys.Count);
    }
}
