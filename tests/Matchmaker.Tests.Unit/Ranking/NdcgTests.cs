using Matchmaker.Model.Ranking;

namespace Matchmaker.Tests.Unit.Ranking;

public sealed class NdcgTests
{
    [Fact]
    public void A_perfect_order_scores_one_and_the_reverse_order_less()
    {
        ScoredRow[] perfect = [new(1, 3, 0.9f), new(1, 2, 0.5f), new(1, 0, 0.1f)];
        ScoredRow[] reversed = [new(1, 3, 0.1f), new(1, 2, 0.5f), new(1, 0, 0.9f)];

        Assert.Equal(1, Ndcg.At(perfect, 3), 10);
        Assert.True(Ndcg.At(reversed, 3) < 1);
    }

    [Fact]
    public void Gains_are_two_to_the_label_minus_one_with_log2_discounts()
    {
        // Ranked: label 1 then label 2. DCG = 1/log2(2) + 3/log2(3); ideal = 3/log2(2) + 1/log2(3).
        ScoredRow[] rows = [new(7, 1, 0.9f), new(7, 2, 0.1f)];

        var expected = (1 + (3 / Math.Log2(3))) / (3 + (1 / Math.Log2(3)));

        Assert.Equal(expected, Ndcg.At(rows, 2), 12);
    }

    [Fact]
    public void Only_the_top_k_count_and_groups_are_averaged()
    {
        ScoredRow[] rows = [new(1, 0, 0.9f), new(1, 3, 0.1f), new(2, 1, 0.5f)];

        Assert.Equal(0.5, Ndcg.At(rows, 1), 12);
    }

    [Fact]
    public void A_group_with_nothing_relevant_counts_as_perfect() =>
        Assert.Equal(1, Ndcg.At([new ScoredRow(1, 0, 0.2f), new ScoredRow(1, 0, 0.3f)], 5), 12);
}
