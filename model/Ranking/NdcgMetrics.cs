namespace Matchmaker.Model.Ranking;

public sealed record NdcgMetrics(double Ndcg1, double Ndcg3, double Ndcg5)
{
    public static NdcgMetrics Of(IReadOnlyList<ScoredRow> scored) => new(Ndcg.At(scored, 1), Ndcg.At(scored, 3), Ndcg.At(scored, 5));
}
