namespace Matchmaker.Model.Ranking;

public sealed record NdcgMetrics(double Ndcg1, double Ndcg3, double Ndcg5);
