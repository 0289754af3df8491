namespace Matchmaker.Model.Ranking;

/// <summary>
/// NDCG@k averaged over groups, with standard gains (2^label - 1) and log2 discounts. Ties in score keep
/// the rows' order, so results are repeatable. A group whose labels are all 0 counts as 1 (nothing to get wrong).
/// </summary>
public static class Ndcg
{
    public static double At(IEnumerable<ScoredRow> rows, int k) =>
        rows.GroupBy(row => row.GroupId).Select(group => AtForGroup([.. group], k)).DefaultIfEmpty(0).Average();

    public static double AtForGroup(IReadOnlyList<ScoredRow> group, int k)
    {
        var ideal = Dcg(group.Select(r => r.Label).OrderByDescending(l => l), k);
        return ideal == 0 ? 1 : Dcg(group.OrderByDescending(r => r.Score).Select(r => r.Label), k) / ideal;
    }

    private static double Dcg(IEnumerable<float> labels, int k) =>
        labels.Take(k).Select((label, i) => (Math.Pow(2, label) - 1) / Math.Log2(i + 2)).Sum();
}
