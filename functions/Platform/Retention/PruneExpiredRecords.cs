using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Platform.Retention;

/// <summary>Every day at 04:31 UTC: deletes the outbox rows, tokens, suggestions, labels, audit entries and counts past their retention.</summary>
public sealed class PruneExpiredRecords(RetentionSweep sweep)
{
    [Function(nameof(PruneExpiredRecords))]
    public Task Run([TimerTrigger("0 31 4 * * *")] TimerInfo timer, CancellationToken cancellationToken) => sweep.RunAsync(cancellationToken);
}
