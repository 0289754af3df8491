namespace Matchmaker.Ranking;

/// <summary>
/// A request to retrain: any model trained after <paramref name="RequestedAt"/> fulfils it.
/// <paramref name="JobId"/> names the job row that shows its progress (<c>GET /api/model/retrain/{jobId}</c>);
/// messages queued before jobs existed have none.
/// </summary>
/// <param name="RequestedBy">A <see cref="ModelRequester"/> value.</param>
public sealed record ModelRetrainRequested(DateTimeOffset RequestedAt, string? JobId = null, string? RequestedBy = null);
