namespace Matchmaker.Model.Advice;

/// <summary>
/// The income portfolio's exact 0/1 knapsack over half-days (docs/matching.md, "Income portfolio").
/// Among the sets whose half-days fit the capacity: if any reaches the target, the one with the highest
/// total fit, then fewer half-days, then more pay; otherwise the one paying most, then the highest fit,
/// then fewer half-days. Last, the set holding the first item, in index order, that the other lacks.
/// </summary>
public static class IncomePortfolio
{
    /// <param name="items">The candidates, in the order of the last tie-break (the caller sorts them by need id).</param>
    /// <param name="capacity">The person's half-days a week.</param>
    /// <param name="target">The monthly target in pennies; 0 when there is none (every set reaches it).</param>
    public static PortfolioChoice Choose(IReadOnlyList<PortfolioItem> items, int capacity, long target)
    {
        ArgumentNullException.ThrowIfNull(items);
        capacity = Math.Max(0, capacity);
        // cells[c]: the sets of exactly c half-days that no other set of c half-days beats for every extension.
        var cells = new List<PortfolioState>[capacity + 1];
        for (var c = 0; c <= capacity; c++)
        {
            cells[c] = [];
        }

        cells[0].Add(PortfolioState.Empty);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.HalfDays <= 0 || item.HalfDays > capacity || item.MonthlyPennies < 0 || item.Fit < 0)
            {
                continue;
            }

            // Downwards, so a set never takes the same item twice.
            for (var c = capacity - item.HalfDays; c >= 0; c--)
            {
                var from = cells[c];
                for (var s = 0; s < from.Count; s++)
                {
                    Insert(cells[c + item.HalfDays], from[s].With(i, item), target);
                }
            }
        }

        var best = cells.SelectMany(cell => cell).Aggregate((a, b) => Better(a, b, target) ? a : b);
        return new PortfolioChoice(best.Items(), best.HalfDays, best.Pay, best.Fit, best.Pay >= target);
    }

    private static void Insert(List<PortfolioState> cell, PortfolioState candidate, long target)
    {
        foreach (var kept in cell)
        {
            if (Dominates(kept, candidate, target))
            {
                return;
            }
        }

        cell.RemoveAll(kept => Dominates(candidate, kept, target));
        cell.Add(candidate);
    }

    // Within one cell (equal half-days): a beats b whatever items are added to both later.
    private static bool Dominates(PortfolioState a, PortfolioState b, long target)
    {
        if (a.Pay >= target && b.Pay >= target)
        {
            // Both reach it, now and after any addition: only fit, then pay, then the first difference count.
            return a.Fit != b.Fit ? a.Fit > b.Fit : a.Pay != b.Pay ? a.Pay > b.Pay : a.HoldsFirstDifference(b);
        }

        return a.Pay >= b.Pay && a.Fit >= b.Fit && (a.Pay > b.Pay || a.Fit > b.Fit || a.HoldsFirstDifference(b));
    }

    private static bool Better(PortfolioState a, PortfolioState b, long target)
    {
        var (aReaches, bReaches) = (a.Pay >= target, b.Pay >= target);
        if (aReaches != bReaches)
        {
            return aReaches;
        }

        var order = aReaches
            ? Compare(a.Fit, b.Fit, b.HalfDays, a.HalfDays, a.Pay, b.Pay)
            : Compare(a.Pay, b.Pay, a.Fit, b.Fit, b.HalfDays, a.HalfDays);
        return order != 0 ? order > 0 : a.HoldsFirstDifference(b);
    }

    // Lexicographic: the first pair that differs decides; larger is better.
    private static int Compare(long a1, long b1, long a2, long b2, long a3, long b3) =>
        a1 != b1 ? a1.CompareTo(b1) : a2 != b2 ? a2.CompareTo(b2) : a3.CompareTo(b3);
}
