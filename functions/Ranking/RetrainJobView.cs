namespace Matchmaker.Ranking;

/// <summary>
/// A retrain request's progress: queued, training, then live or refused with the version and why; failed
/// when the last try threw (the queue may still try again).
/// </summary>
public sealed record RetrainJobView(
    string JobId,
    string State,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? Version,
    string? Decision)
{
    public static RetrainJobView Of(RetrainJobEntity job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new(job.Id, job.State, job.RequestedBy, job.RequestedAt, job.StartedAt, job.FinishedAt, job.Version, job.Decision);
    }
}
