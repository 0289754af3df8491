using Matchmaker.Matching;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;
using Matchmaker.Tests.Unit.Ranking;

namespace Matchmaker.Tests.Unit.Matching;

public sealed class NeedRankingTests(ExplainedBootstrap bootstrap) : IClassFixture<ExplainedBootstrap>
{
    [Fact]
    public void Candidates_come_best_first_with_equal_scores_in_profile_id_order_and_the_models_own_scores()
    {
        var need = bootstrap.Set.Needs[0];
        // Every person twice under another id: each score then comes at least twice, so ties must be ordered by id.
        var people = bootstrap.Set.People.Take(150)
            .SelectMany((p, i) => new[] { p with { Id = $"b-{i:D3}" }, p with { Id = $"a-{i:D3}" } })
            .ToList();

        var ranking = new NeedRanking(Taxonomy.Default, bootstrap.Model, need, people, ExplainedBootstrap.Now, new PreparedPeople(Taxonomy.Default));

        var candidates = ranking.BestFirst().ToList();
        Assert.Equal(people.Count, candidates.Count);
        Assert.Equal(Enumerable.Range(0, people.Count), candidates.Select(c => c.Index).Order());
        for (var i = 1; i < candidates.Count; i++)
        {
            var (before, after) = (candidates[i - 1], candidates[i]);
            Assert.True(
                before.Score > after.Score || (before.Score == after.Score && string.CompareOrdinal(before.Person.Id, after.Person.Id) < 0),
                $"{before.Person.Id} ({before.Score}) comes before {after.Person.Id} ({after.Score})");
        }

        var scores = bootstrap.Model.Score([.. candidates.Select(c => c.Features)]);
        Assert.Equal(scores, candidates.Select(c => c.Score));
        Assert.All(candidates, c => Assert.Same(people[c.Index], c.Person));
        Assert.True(candidates.Select(c => c.Score).Distinct().Count() > 10, "the scores differ, so the order is not all ties");
    }

    [Fact]
    public void The_features_use_document_frequencies_of_the_candidates_and_the_need()
    {
        var need = bootstrap.Set.Needs[1];
        var people = bootstrap.Set.People.Take(100).ToList();
        var extractor = new PairFeatureExtractor(Taxonomy.Default, SkillStatistics.Build(people, [need]));

        var ranking = new NeedRanking(Taxonomy.Default, bootstrap.Model, need, people, ExplainedBootstrap.Now, new PreparedPeople(Taxonomy.Default));

        Assert.All(ranking.BestFirst(), c => Assert.Equal(extractor.Extract(need, people[c.Index], ExplainedBootstrap.Now), c.Features));
    }

    [Fact]
    public void Thousands_of_candidates_worked_out_on_all_cores_get_the_rows_of_one_pair_at_a_time()
    {
        var need = bootstrap.Set.Needs[2];
        var people = Enumerable.Range(0, NeedRanking.ParallelFrom + 904)
            .Select(i => bootstrap.Set.People[i % bootstrap.Set.People.Count] with { Id = $"p-{i:D5}" })
            .ToList();
        var extractor = new PairFeatureExtractor(Taxonomy.Default, SkillStatistics.Build(people, [need]));

        var ranking = new NeedRanking(Taxonomy.Default, bootstrap.Model, need, people, ExplainedBootstrap.Now, new PreparedPeople(Taxonomy.Default));

        var candidates = ranking.BestFirst().ToList();
        Assert.Equal(people.Count, ranking.Count);
        Assert.Equal(Enumerable.Range(0, people.Count), candidates.Select(c => c.Index).Order());
        Assert.All(candidates, c => Assert.Equal(extractor.Extract(need, people[c.Index], ExplainedBootstrap.Now), c.Features));
    }

    [Fact]
    public void Reasons_of_suggestions_which_coordinators_and_co_ops_read_give_no_figure_of_the_persons_income_target()
    {
        var texts = bootstrap.Set.Needs.Take(20).SelectMany(need =>
        {
            var ranking = new NeedRanking(Taxonomy.Default, bootstrap.Model, need, bootstrap.Set.People, ExplainedBootstrap.Now, new PreparedPeople(Taxonomy.Default));
            return ranking.Explain([.. ranking.BestFirst().Take(50)]).SelectMany(e => e.Reasons);
        }).ToList();

        var aboutIncome = texts.Where(t => t.Contains("their monthly target", StringComparison.Ordinal) || t.Contains("their minimum", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(aboutIncome);
        Assert.DoesNotContain(texts, t => t.Contains("% of", StringComparison.Ordinal) || t.Contains("minimum of", StringComparison.Ordinal) || t.Contains(" monthly target", StringComparison.Ordinal) && !t.Contains("their monthly target", StringComparison.Ordinal));
    }
}
