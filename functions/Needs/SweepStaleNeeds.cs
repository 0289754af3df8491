using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Needs;

/// <summary>Every day at 06:23 UTC: reminds co-ops of needs going stale and closes those left unrenewed after their reminder.</summary>
public sealed class SweepStaleNeeds(StaleNeedSweep sweep)
{
    [Function(nameof(SweepStaleNeeds))]
    public Task Run([TimerTrigger("0 23 6 * * *")] TimerInfo timer, CancellationToken cancellationToken) => sweep.RunAsync(cancellationToken);
}
