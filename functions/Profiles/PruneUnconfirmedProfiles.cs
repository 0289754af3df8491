using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Profiles;

/// <summary>Every day at 05:47 UTC: erases the profiles left unconfirmed past their retention.</summary>
public sealed class PruneUnconfirmedProfiles(UnconfirmedProfileSweep sweep)
{
    [Function(nameof(PruneUnconfirmedProfiles))]
    public Task Run([TimerTrigger("0 47 5 * * *")] TimerInfo timer, CancellationToken cancellationToken) => sweep.RunAsync(cancellationToken);
}
