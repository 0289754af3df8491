using Matchmaker.Platform.Storage;
using Matchmaker.Profiles.Consents;

namespace Matchmaker.Introductions;

/// <summary>
/// Withdrawing consent to introductions takes effect at once: each open introduction takes its next step
/// now, which ends it without sharing anything.
/// </summary>
public sealed class IntroductionsOnConsentChange(IntroductionStore introductions, QueueSender queue) : IConsentChangeHandler
{
    public async Task HandleAsync(ConsentChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (!change.WithdrewIntroductions)
        {
            return;
        }

        foreach (var introduction in (await introductions.OfProfileAsync(change.ProfileId, cancellationToken)).Where(i => IntroductionStatus.IsOpen(i.Status)))
        {
            await queue.SendAsync(StorageNames.IntroductionsQueue, new IntroductionMessage(introduction.Id), cancellationToken);
        }
    }
}
