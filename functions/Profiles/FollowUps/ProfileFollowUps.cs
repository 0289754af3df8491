using Matchmaker.Platform.Hosting;
using Matchmaker.Platform.Storage;
using Matchmaker.Profiles.AccountEmails;
using Matchmaker.Profiles.Consents;
using Matchmaker.Profiles.SignIn;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaker.Profiles.FollowUps;

/// <summary>
/// What must follow a saved profile: its consents logged, the sign-in index in step with its address, the
/// confirmation email asked for, withdrawn consents taking effect, and matching queued. Durable: before the
/// save, <see cref="ScheduleAsync"/> queues a delayed copy; after it, the request does the follow-ups and
/// deletes the copy. If the request cannot (storage failing, the process stopping), the copy does them.
/// </summary>
/// <remarks>
/// Every step is safe to repeat and works from the profile as it is when it runs, so a copy that arrives after
/// later saves does no harm: the consent log compares with itself, the index and the queued message are
/// upserts of the current state, the email has a fixed outbox key, and the consent handlers are idempotent.
/// </remarks>
public sealed partial class ProfileFollowUps(
    ProfileStore profiles,
    ConsentLog consents,
    EmailIndex emailIndex,
    AccountEmailSender accountEmails,
    IEnumerable<IConsentChangeHandler> consentChangeHandlers,
    QueueSender queue,
    IOptions<ProfileFollowUpOptions> options,
    ILogger<ProfileFollowUps> logger)
{
    /// <summary>Queues the delayed copy; call before saving, so a save is never without its follow-ups.</summary>
    public Task<QueuedCopy> ScheduleAsync(ProfileSavedMessage saved, CancellationToken cancellationToken) =>
        queue.SendCopyAsync(StorageNames.ProfileSavesQueue, saved, options.Value.Delay, cancellationToken);

    /// <summary>Deletes the copy of a save that did not happen; if that fails, the copy finds the version never written.</summary>
    public Task CancelAsync(QueuedCopy copy) => queue.CancelAsync(copy, CancellationToken.None);

    /// <summary>
    /// Does the follow-ups of a save just made, then deletes its copy. An outage on the way is logged, not
    /// thrown: the save stands and the copy finishes the follow-ups, so the caller is told it was saved.
    /// </summary>
    public async Task CompleteAfterSaveAsync(ProfileSavedMessage saved, ProfileEntity profile, QueuedCopy copy, CancellationToken cancellationToken)
    {
        try
        {
            await CompleteAsync(saved, profile, cancellationToken);
        }
        catch (Exception exception) when (Outage.IsOutageOrTimeout(exception, CancellationToken.None))
        {
            LogLeftToCopy(logger, exception.GetType().Name);
            return;
        }

        await queue.CancelAsync(copy, CancellationToken.None);
    }

    /// <summary>Does the follow-ups of a save from its queued copy, unless the save never happened or the profile is gone.</summary>
    public async Task CompleteAsync(ProfileSavedMessage saved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(saved);
        // Erased: the erasure removed everything the follow-ups would touch. Below the version: the save failed.
        if (await profiles.FindAsync(saved.Id, cancellationToken) is { } profile && profile.Version >= saved.Version)
        {
            await CompleteAsync(saved, profile, cancellationToken);
        }
    }

    private async Task CompleteAsync(ProfileSavedMessage saved, ProfileEntity profile, CancellationToken cancellationToken)
    {
        await consents.RecordAsync(profile.Id, saved.ConsentsAfter, saved.SavedAt, cancellationToken);
        if (saved.AddressChanged)
        {
            await emailIndex.KeepOnlyAsync(profile.Email, profile.Id, cancellationToken);
        }

        // A later save that still waits for confirmation asks for its own email, to the address it has.
        if (saved.EmailsConfirmation && profile.Version == saved.Version && profile.Status == ProfileStatus.PendingConfirmation)
        {
            await accountEmails.RequestAsync(profile, AccountEmailKind.Confirmation, saved.ConfirmationEmailKey, cancellationToken);
        }

        // Against the answers as they are now: a consent withdrawn by this save and given again since stays given.
        var change = new ConsentChange(profile.Id, saved.ConsentsBefore, ConsentState.Of(profile));
        foreach (var handler in consentChangeHandlers)
        {
            await handler.HandleAsync(change, cancellationToken);
        }

        await queue.SendAsync(StorageNames.ProfileUpdatesQueue, new ProfileUpdatedMessage(profile.Id, profile.Version), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A profile save's follow-ups could not be finished at once ({Error}); its queued copy finishes them")]
    private static partial void LogLeftToCopy(ILogger logger, string error);
}
