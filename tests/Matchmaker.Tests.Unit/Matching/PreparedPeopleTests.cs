using Matchmaker.Matching;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;
using Matchmaker.Tests.Unit.Model;

namespace Matchmaker.Tests.Unit.Matching;

public sealed class PreparedPeopleTests
{
    [Fact]
    public void A_person_is_prepared_once_per_version_and_gives_the_features_of_a_fresh_preparation()
    {
        var cache = new PreparedPeople(Taxonomy.Default);
        var person = SampleProjections.Newcomer;
        var need = SampleProjections.ProjectOwner;
        var extractor = new PairFeatureExtractor(Taxonomy.Default, SkillStatistics.Build([person], [need]));

        var first = cache.Prepare(person);
        Assert.Same(first, cache.Prepare(person with { }));

        var newer = person with { DaysPerWeek = 1, UpdatedAt = person.UpdatedAt.AddMinutes(1) };
        var changed = cache.Prepare(newer);
        Assert.NotSame(first, changed);
        Assert.Same(changed, cache.Prepare(newer with { }));
        Assert.Equal(newer.UpdatedAt.UtcTicks, changed.UpdatedTicks);
        var cached = new float[PairFeatures.Count];
        PairFeatureExtractor.Extract(extractor.Prepare(need, person.UpdatedAt), first, cached);
        Assert.Equal(extractor.Extract(need, person, person.UpdatedAt), cached);
    }

    [Fact]
    public void Past_the_limit_the_cache_starts_again_and_a_person_prepared_before_is_prepared_anew()
    {
        var cache = new PreparedPeople(Taxonomy.Default);
        var first = SampleProjections.Newcomer;
        var kept = cache.Prepare(first);

        foreach (var i in Enumerable.Range(0, PreparedPeople.Limit))
        {
            cache.Prepare(first with { Id = $"other-{i}" });
        }

        var again = cache.Prepare(first);
        Assert.NotSame(kept, again);
        Assert.Same(again, cache.Prepare(first with { }));
    }
}
