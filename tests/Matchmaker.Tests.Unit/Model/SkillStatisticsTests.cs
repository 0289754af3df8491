using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;
using static Matchmaker.Tests.Unit.Model.SampleProjections;

namespace Matchmaker.Tests.Unit.Model;

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
    public void Counting_one_needs_keys_from_prepared_people_gives_what_counting_everything_does()
    {
        var random = new RandomProjections(11);
        var people = Enumerable.Range(0, 200).Select(_ => random.Person()).ToList();
        var need = SampleProjections.ProjectOwner with { NiceToHave = [.. SampleProjections.ProjectOwner.NiceToHave, "no-such-key"] };
        var extractor = new PairFeatureExtractor(Taxonomy.Default, SkillStatistics.Empty);
        var keys = need.RequiredSkills.Select(s => s.Key).Concat(need.NiceToHave).ToHashSet();

        var all = SkillStatistics.Build(people, [need]);
        var forNeed = SkillStatistics.ForNeed(need, [.. people.Select(extractor.Prepare)]);

        Assert.Equal(all.Documents, forNeed.Documents);
        Assert.All(keys, key => Assert.Equal(all.DocumentFrequency(key), forNeed.DocumentFrequency(key)));
        Assert.Contains(keys, key => all.DocumentFrequency(key) > 1);
        Assert.Equal(keys.Count, forNeed.DistinctKeys);
    }

    [Fact]
    public void Counting_in_several_counters_and_adding_them_up_gives_what_one_counter_does()
    {
        var random = new RandomProjections(12);
        var extractor = new PairFeatureExtractor(Taxonomy.Default, SkillStatistics.Empty);
        var people = Enumerable.Range(0, 300).Select(_ => extractor.Prepare(random.Person())).ToArray();
        var need = random.Need() with { RequiredSkills = [new("linux", SkillLevel.Working), new("php", SkillLevel.Advanced)], NiceToHave = ["javascript", "linux"] };
        var whole = SkillStatistics.ForNeed(need, people);

        var counter = new NeedSkillCounter(need);
        foreach (var part in people.Chunk(70))
        {
            var counted = counter.Fresh();
            foreach (var person in part)
            {
                counted.Count(person);
            }

            counter.Add(counted);
        }

        var added = counter.ToStatistics();
        Assert.Equal(301, added.Documents);
        Assert.Equal(whole.Documents, added.Documents);
        foreach (var key in need.NiceToHave.Append("php"))
        {
            Assert.Equal(whole.DocumentFrequency(key), added.DocumentFrequency(key));
        }

        Assert.True(added.DocumentFrequency("linux") > 1);
        Assert.Throws<ArgumentException>(() => counter.Add(new NeedSkillCounter(need)));
    }
}
