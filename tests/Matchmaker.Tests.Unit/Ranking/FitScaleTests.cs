using Matchmaker.Model.Ranking;

namespace Matchmaker.Tests.Unit.Ranking;

public sealed class FitScaleTests
{
    [Fact]
    public void The_quantiles_of_the_scores_0_to_100_are_the_scores_themselves()
    {
        var quantiles = FitScale.Quantiles(Enumerable.Range(0, 101).Select(i => (float)i).Reverse());

        Assert.Equal(FitScale.Points, quantiles.Length);
        Assert.Equal(Enumerable.Range(0, 101).Select(i => (double)i), quantiles);
    }

    [Fact]
    public void Quantiles_interpolate_between_neighbouring_ranks_and_skip_scores_that_are_not_numbers()
    {
        var quantiles = FitScale.Quantiles([0f, 10f, float.NaN, float.PositiveInfinity]);

        Assert.Equal(0, quantiles[0]);
        Assert.Equal(5, quantiles[50], 10);
        Assert.Equal(10, quantiles[100]);
        Assert.Empty(FitScale.Quantiles([]));
    }

    [Theory]
    [InlineData(-3.0, 0)]
    [InlineData(0.0, 0)]
    [InlineData(0.4, 0)]
    [InlineData(0.5, 1)]
    [InlineData(42.0, 42)]
    [InlineData(87.3, 87)]
    [InlineData(99.9, 100)]
    [InlineData(100.0, 100)]
    [InlineData(1e9, 100)]
    public void A_score_reads_as_its_percentile_among_the_reference_scores(double score, int expected)
    {
        var quantiles = FitScale.Quantiles(Enumerable.Range(0, 101).Select(i => (float)i));

        Assert.Equal(expected, FitScale.Percentile(score, quantiles));
    }

    [Fact]
    public void The_fit_follows_the_reference_distribution_not_the_score_range()
    {
        // Nine in ten reference scores are 1: a score of 1 is already about the 90th percentile (89 from the
        // quantiles, which interpolate between the 90th and 91st ranks), though far below the range's middle.
        var reference = Enumerable.Repeat(1f, 90).Concat(Enumerable.Range(0, 10).Select(i => 10f + i));
        var quantiles = FitScale.Quantiles(reference);

        Assert.InRange(FitScale.Percentile(1.0, quantiles)!.Value, 89, 90);
        Assert.True(FitScale.Percentile(10.0, quantiles) >= 90);
        Assert.Equal(0, FitScale.Percentile(0.5, quantiles));
    }

    [Fact]
    public void A_higher_score_never_reads_as_a_lower_fit()
    {
        var random = new Random(7);
        var quantiles = FitScale.Quantiles(Enumerable.Range(0, 500).Select(_ => (float)(random.NextDouble() * random.NextDouble() * 20)));

        var fits = Enumerable.Range(-10, 250).Select(i => FitScale.Percentile(i / 10.0, quantiles)!.Value).ToList();

        Assert.Equal(fits.Order(), fits);
        Assert.All(fits, fit => Assert.InRange(fit, 0, 100));
    }

    [Fact]
    public void Without_a_scale_or_with_a_score_that_is_not_a_number_there_is_no_fit()
    {
        Assert.Null(FitScale.Percentile(1, []));
        Assert.Null(FitScale.Percentile(1, [2.0]));
        Assert.Null(FitScale.Percentile(double.NaN, [0.0, 1.0]));
    }

    [Fact]
    public void When_every_reference_score_is_the_same_that_score_is_the_top()
    {
        var quantiles = FitScale.Quantiles(Enumerable.Repeat(3f, 20));

        Assert.Equal(100, FitScale.Percentile(3, quantiles));
        Assert.Equal(0, FitScale.Percentile(2.9, quantiles));
    }
}
