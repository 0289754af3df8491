using Matchmaker.Model.Advice;

namespace Matchmaker.Tests.Unit.Opportunities;

public sealed class IncomePortfolioTests
{
    [Fact]
    public void Among_sets_that_reach_the_target_the_one_with_the_highest_total_fit_wins_even_if_it_pays_less()
    {
        PortfolioItem[] items = [new(4, 300_000, 100), new(2, 150_000, 300), new(2, 60_000, 300)];

        var choice = IncomePortfolio.Choose(items, capacity: 6, target: 200_000);

        Assert.Equal([1, 2], choice.Chosen);
        Assert.True(choice.ReachesTarget);
        Assert.Equal(210_000, choice.MonthlyPennies);
    }

    [Fact]
    public void When_no_set_reaches_the_target_the_one_paying_most_wins_over_a_better_fitting_one()
    {
        PortfolioItem[] items = [new(2, 100_000, 1), new(2, 90_000, 900_000), new(4, 150_000, 5)];

        var choice = IncomePortfolio.Choose(items, capacity: 4, target: 500_000);

        Assert.Equal([0, 1], choice.Chosen);
        Assert.False(choice.ReachesTarget);
    }

    [Fact]
    public void Equal_fit_and_pay_prefers_fewer_days_then_the_first_need_in_order()
    {
        var fewer = IncomePortfolio.Choose([new(4, 100_000, 10), new(2, 100_000, 10)], capacity: 4, target: 50_000);
        var first = IncomePortfolio.Choose([new(2, 100_000, 10), new(2, 100_000, 10)], capacity: 2, target: 50_000);

        Assert.Equal([1], fewer.Chosen);
        Assert.Equal([0], first.Chosen);
    }

    [Fact]
    public void No_capacity_or_no_item_that_fits_gives_the_empty_set_short_of_the_target()
    {
        var none = IncomePortfolio.Choose([new(4, 500_000, 10)], capacity: 3, target: 100);
        var noDays = IncomePortfolio.Choose([new(1, 500_000, 10)], capacity: 0, target: 100);

        Assert.Empty(none.Chosen);
        Assert.False(none.ReachesTarget);
        Assert.Empty(noDays.Chosen);
    }

    [Fact]
    public void On_random_small_instances_it_picks_exactly_what_trying_every_subset_picks()
    {
        var random = new Random(20261128);
        for (var run = 0; run < 3_000; run++)
        {
            var items = Enumerable.Range(0, random.Next(0, 11))
                .Select(_ => new PortfolioItem(random.Next(1, 7), random.Next(0, 5) * 40_000L, random.Next(1, 4) * 100L))
                .ToArray();
            var capacity = random.Next(0, 11);
            var target = random.Next(0, 4) == 0 ? 0 : random.Next(1, 12) * 40_000L;

            var choice = IncomePortfolio.Choose(items, capacity, target);

            var expected = BruteForce(items, capacity, target);
            Assert.True(expected.SequenceEqual(choice.Chosen), $"run {run}: expected [{string.Join(",", expected)}], got [{string.Join(",", choice.Chosen)}]");
            Assert.Equal(expected.Sum(i => items[i].MonthlyPennies), choice.MonthlyPennies);
            Assert.Equal(expected.Sum(i => items[i].Fit), choice.Fit);
        }
    }

    // Every subset, ranked by the documented objective, written out independently of the knapsack.
    private static int[] BruteForce(PortfolioItem[] items, int capacity, long target)
    {
        int[]? best = null;
        for (var mask = 0; mask < 1 << items.Length; mask++)
        {
            var set = Enumerable.Range(0, items.Length).Where(i => (mask & (1 << i)) != 0).ToArray();
            if (set.Sum(i => items[i].HalfDays) <= capacity && (best is null || Better(set, best, items, target)))
            {
                best = set;
            }
        }

        return best!;
    }

    private static bool Better(int[] a, int[] b, PortfolioItem[] items, long target)
    {
        var (payA, payB) = (a.Sum(i => items[i].MonthlyPennies), b.Sum(i => items[i].MonthlyPennies));
        var (fitA, fitB) = (a.Sum(i => items[i].Fit), b.Sum(i => items[i].Fit));
        var (daysA, daysB) = (a.Sum(i => items[i].HalfDays), b.Sum(i => items[i].HalfDays));
        if ((payA >= target) != (payB >= target))
        {
            return payA >= target;
        }

        long[] keyA = payA >= target ? [fitA, -daysA, payA] : [payA, fitA, -daysA];
        long[] keyB = payB >= target ? [fitB, -daysB, payB] : [payB, fitB, -daysB];
        for (var k = 0; k < keyA.Length; k++)
        {
            if (keyA[k] != keyB[k])
            {
                return keyA[k] > keyB[k];
            }
        }

        var first = a.Except(b).Concat(b.Except(a)).DefaultIfEmpty(int.MaxValue).Min();
        return a.Contains(first);
    }
}
