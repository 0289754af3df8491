namespace Matchmaker.Model.Advice;

/// <summary>A partial set in the knapsack: a chain back to the empty set, so extending one costs nothing.</summary>
internal sealed class PortfolioState(PortfolioState? parent, int item, int halfDays, long pay, long fit)
{
    private readonly PortfolioState? parent = parent;
    private readonly int item = item;

    public static PortfolioState Empty { get; } = new(null, -1, 0, 0, 0);

    public int HalfDays { get; } = halfDays;

    public long Pay { get; } = pay;

    public long Fit { get; } = fit;

    public PortfolioState With(int index, PortfolioItem item) =>
        new(this, index, HalfDays + item.HalfDays, Pay + item.MonthlyPennies, Fit + item.Fit);

    /// <summary>Item indices, ascending (items are added in index order, so the chain holds them descending).</summary>
    public int[] Items()
    {
        var items = new List<int>();
        for (var state = this; state.parent is not null; state = state.parent)
        {
            items.Add(state.item);
        }

        items.Reverse();
        return [.. items];
    }

    /// <summary>
    /// The last tie-break: the set holding the first item (in index order, that is need id order) that is in
    /// one set and not the other. Adding the same later items to both never changes the answer.
    /// </summary>
    public bool HoldsFirstDifference(PortfolioState other)
    {
        var (mine, theirs) = (Items(), other.Items());
        var (i, j) = (0, 0);
        while (i < mine.Length && j < theirs.Length && mine[i] == theirs[j])
        {
            i++;
            j++;
        }

        return j == theirs.Length ? i < mine.Length : i < mine.Length && mine[i] < theirs[j];
    }
}
