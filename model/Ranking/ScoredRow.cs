namespace Matchmaker.Model.Ranking;

public sealed record ScoredRow(uint GroupId, float Label, float Score);
