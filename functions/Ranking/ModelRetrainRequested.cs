namespace Matchmaker.Ranking;

/// <summary>A request to retrain: any model trained after <paramref name="RequestedAt"/> fulfils it.</summary>
public sealed record ModelRetrainRequested(DateTimeOffset RequestedAt);
