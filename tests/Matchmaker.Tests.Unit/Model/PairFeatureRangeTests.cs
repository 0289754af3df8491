using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;

namespace Matchmaker.Tests.Unit.Model;

public sealed class PairFeatureRangeTests
{
    private const int Cases = 10_000;

    [Fact]
    public void There_are_at_least_twelve_features_with_distinct_names_in_enum_order()
    {
        Assert.True(PairFeatures.Count >= 12);
        Assert.Equal(PairFeatures.Count, PairFeatures.Names.Length);
        Assert.Equal(PairFeatures.Count, Enum.GetValues<PairFeature>().Length);
        Assert.Equal(PairFeatures.Count, PairFeatures.Names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("requiredCoverageExact", PairFeatures.Names[0]);
        Assert.Equal("learnTeachOverlap", PairFeatures.NameOf(PairFeature.LearnTeachOverlap));
    }

    [Fact]
    public void Every_feature_of_ten_thousand_random_pairs_is_finite_and_between_0_and_1()
    {
        var random = new RandomProjections(seed: 20250601);
        var people = Enumerable.Range(0, 200).Select(_ => random.Person()).ToList();
        var needs = Enumerable.Range(0, 50).Select(_ => random.Need()).ToList();
        var extractor = new PairFeatureExtractor(Taxonomy.Default, SkillStatistics.Build(people, needs));
        var features = new float[PairFeatures.Count];

        for (var i = 0; i < Cases; i++)
        {
            var person = extractor.Prepare(random.Pick(people));
            var need = extractor.Prepare(random.Pick(needs), SampleProjections.Now);
            PairFeatureExtractor.Extract(need, person, features);
            AssertInRange(features, $"case {i}, {person.Id} x {need.Id}");
        }
    }

    [Fact]
    public void Naughty_strings_in_every_text_field_give_features_in_range()
    {
        var extractor = SampleProjections.Extractor;
        foreach (var naughty in NaughtyStrings.All)
        {
            var key = MatchKey.FreeText(naughty);
            var person = SampleProjections.Newcomer with
            {
                Id = naughty,
                Skills = [new(key, SkillLevel.Working), new(naughty, SkillLevel.Expert)],
                City = naughty,
                Country = naughty,
                Interests = [key, naughty],
                WantsToLearn = [naughty],
                Terms = TextTerms.Of(naughty),
            };
            var need = SampleProjections.ProjectOwner with
            {
                Id = naughty,
                CoopId = naughty,
                RequiredSkills = [new(key, SkillLevel.Advanced), new(naughty, SkillLevel.Working)],
                NiceToHave = [naughty],
                CanTeach = [key],
                City = naughty,
                Country = naughty,
                Terms = [naughty],
            };

            var features = extractor.Extract(need, person, SampleProjections.Now);

            AssertInRange(features, naughty);
            Assert.Equal(1f, features[(int)PairFeature.RequiredCoverageExact]);
        }
    }

    private static void AssertInRange(float[] features, string context)
    {
        for (var f = 0; f < features.Length; f++)
        {
            var value = features[f];
            if (!float.IsFinite(value) || value < 0 || value > 1)
            {
                Assert.Fail($"{PairFeatures.Names[f]} = {value} ({context})");
            }
        }
    }
}
