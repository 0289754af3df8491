using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;

namespace Matchmaker.Tests.Unit.Model;

public sealed class PairFeatureDeterminismTests
{
    [Fact]
    public void The_same_inputs_give_bit_for_bit_the_same_features_from_separately_built_extractors()
    {
        var (people, needs) = Corpus(seed: 7);
        var first = new PairFeatureExtractor(Taxonomy.Default, SkillStatistics.Build(people, needs));
        var second = new PairFeatureExtractor(Taxonomy.Default, SkillStatistics.Build(people, needs));

        foreach (var need in needs)
        {
            foreach (var person in people.Take(40))
            {
                Assert.Equal(first.Extract(need, person, SampleProjections.Now), second.Extract(need, person, SampleProjections.Now));
            }
        }
    }

    [Fact]
    public void A_batch_gives_each_person_the_same_row_as_one_pair_at_a_time()
    {
        var (people, needs) = Corpus(seed: 11);
        var extractor = new PairFeatureExtractor(Taxonomy.Default, SkillStatistics.Build(people, needs));
        var prepared = people.Select(extractor.Prepare).ToArray();
        var need = extractor.Prepare(needs[0], SampleProjections.Now);
        var batch = new float[prepared.Length * PairFeatures.Count];

        PairFeatureExtractor.Extract(need, prepared, batch);

        for (var i = 0; i < people.Count; i++)
        {
            Assert.Equal(extractor.Extract(needs[0], people[i], SampleProjections.Now), batch.AsSpan(i * PairFeatures.Count, PairFeatures.Count).ToArray());
        }
    }

    [Fact]
    public void The_order_of_skills_keys_and_terms_does_not_change_the_features()
    {
        var (people, needs) = Corpus(seed: 13);
        var extractor = new PairFeatureExtractor(Taxonomy.Default, SkillStatistics.Build(people, needs));

        foreach (var (person, need) in people.Zip(needs))
        {
            var reversedPerson = person with
            {
                Skills = [.. person.Skills.Reverse()],
                Interests = [.. person.Interests.Reverse()],
                WantsToLearn = [.. person.WantsToLearn.Reverse()],
                Terms = [.. person.Terms.Distinct().Take(TextTerms.DefaultMax).Reverse()],
            };
            var reversedNeed = need with
            {
                RequiredSkills = [.. need.RequiredSkills.Reverse()],
                NiceToHave = [.. need.NiceToHave.Reverse()],
                CanTeach = [.. need.CanTeach.Reverse()],
                Terms = [.. need.Terms.Distinct().Take(TextTerms.DefaultMax).Reverse()],
            };
            var trimmedPerson = person with { Terms = [.. person.Terms.Distinct().Take(TextTerms.DefaultMax)] };
            var trimmedNeed = need with { Terms = [.. need.Terms.Distinct().Take(TextTerms.DefaultMax)] };

            Assert.Equal(
                extractor.Extract(trimmedNeed, trimmedPerson, SampleProjections.Now),
                extractor.Extract(reversedNeed, reversedPerson, SampleProjections.Now));
        }
    }

    [Fact]
    public void Skill_statistics_do_not_depend_on_the_order_of_the_documents()
    {
        var (people, needs) = Corpus(seed: 17);
        var forward = SkillStatistics.Build(people, needs);
        var backward = SkillStatistics.Build(Enumerable.Reverse(people), Enumerable.Reverse(needs));

        Assert.Equal(forward.Documents, backward.Documents);
        Assert.All(RandomProjections.SkillKeys, key => Assert.Equal(forward.Idf(key), backward.Idf(key)));
    }

    private static (List<PersonProjection> People, List<NeedProjection> Needs) Corpus(int seed)
    {
        var random = new RandomProjections(seed);
        return ([.. Enumerable.Range(0, 120).Select(_ => random.Person())], [.. Enumerable.Range(0, 30).Select(_ => random.Need())]);
    }
}
