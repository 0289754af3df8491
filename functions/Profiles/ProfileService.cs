using Azure;
using Matchmaker.Email.Unsubscribe;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Credentials;
using Matchmaker.Platform.Storage;
using Matchmaker.Profiles.AccountEmails;
using Matchmaker.Profiles.Consents;
using Matchmaker.Profiles.FollowUps;
using Matchmaker.Profiles.Limits;
using Matchmaker.Profiles.SignIn;

namespace Matchmaker.Profiles;

/// <summary>Creating, confirming, reading and replacing profiles; the HTTP functions only translate to and from it.</summary>
public sealed class ProfileService(
    ProfileStore store,
    CredentialStore credentials,
    ProfileConfirmation confirmation,
    AccountEmailSender accountEmails,
    ConsentLog consents,
    EmailIndex emailIndex,
    EmailRequestLimits limits,
    ProfileFollowUps followUps,
    QueueSender queue,
    TimeProvider time)
{
    /// <summary>
    /// Stores a validated profile with its owner token, indexes its address for sign-in, queues the profile and
    /// asks for the confirmation email. If any step fails the earlier ones are undone, so nothing is
    /// half-stored; once the email is asked for, it is sent even if the mail service is failing now. The owner
    /// token is in the answer only, never in the email.
    /// </summary>
    public async Task<ProfileCreated> CreateAsync(ProfileInput input, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var profile = new ProfileEntity { PartitionKey = EntityId.New(), CreatedAt = now, UpdatedAt = now };
        ProfileMapper.Apply(input, profile);
        ProfileConfirmation.StampNewAddress(profile);
        // Before anything is stored or sent: reading the text cannot then fail a sign-up half done.
        var warnings = ProfileWarnings.Of(profile);
        await store.AddAsync(profile, cancellationToken);
        try
        {
            // Three rows of their own, written side by side: if any fails, all are undone below.
            var consentsLogged = consents.RecordFirstAsync(profile, now, cancellationToken);
            var issued = credentials.IssueAsync(CredentialKind.Owner, profile.Id, cancellationToken);
            var indexed = emailIndex.AddAsync(profile.Email, profile.Id, cancellationToken);
            await Task.WhenAll(consentsLogged, issued, indexed);
            var token = await issued;
            await EnqueueAsync(profile, cancellationToken);
            await accountEmails.RequestAsync(profile, AccountEmailKind.Confirmation, cancellationToken);
            return new ProfileCreated(profile.Id, token, profile.Status, warnings);
        }
        catch
        {
            await UndoCreateAsync(profile);
            throw;
        }
    }

    public Task<ProfileEntity?> FindAsync(string id, CancellationToken cancellationToken) => store.FindAsync(id, cancellationToken);

    /// <summary>
    /// Activates the profile if the code is one sent to its address, and only then hands out a new owner token,
    /// so the person's page is signed in. Confirming again with the same code is fine but hands out no token; it
    /// does the confirmation's follow-ups again, in case the first confirmation's were never finished.
    /// </summary>
    public async Task<(ConfirmOutcome Outcome, string? OwnerToken)> ConfirmAsync(string id, string? code, CancellationToken cancellationToken)
    {
        // A concurrent edit or confirmation may change the ETag between reading and writing: read again and
        // check again, so of two confirmations with one code only the one that activates gets a token.
        for (var attempt = 0; ; attempt++)
        {
            var profile = await store.FindAsync(id, cancellationToken);
            if (profile is null)
            {
                return (ConfirmOutcome.NotFound, null);
            }

            if (!await confirmation.AcceptsAsync(profile, code, cancellationToken))
            {
                return (ConfirmOutcome.InvalidCode, null);
            }

            var consentsNow = ConsentState.Of(profile);
            if (profile.Status == ProfileStatus.Active)
            {
                await followUps.CompleteAsync(SavedNow(profile, consentsNow, addressChanged: false), cancellationToken);
                return (ConfirmOutcome.Confirmed, null);
            }

            // The token is issued before the save, so a failure after the save cannot leave the person confirmed
            // but signed out; a token for a save that did not happen is deleted (and no one ever saw it).
            var token = await credentials.IssueAsync(CredentialKind.Owner, profile.Id, cancellationToken);
            profile.Status = ProfileStatus.Active;
            profile.ConfirmedAt = profile.UpdatedAt = time.GetUtcNow();
            profile.Version++;
            var saved = SavedNow(profile, consentsNow, addressChanged: false);
            var copy = await ScheduleOrRevokeAsync(saved, token, cancellationToken);
            if (await TrySaveAsync(profile, copy, token, cancellationToken))
            {
                await followUps.CompleteAfterSaveAsync(saved, profile, copy, cancellationToken);
                return (ConfirmOutcome.Confirmed, token);
            }

            if (attempt >= 3)
            {
                throw new RequestFailedException(412, "The profile kept changing while it was being confirmed.");
            }
        }
    }

    /// <summary>
    /// Replaces the profile. A new email address must be confirmed again (and is indexed for sign-in in place
    /// of the old one), and a profile still waiting for confirmation gets a fresh confirmation link. Once the
    /// profile is saved the answer is that it was: the save's follow-ups are done now or, failing that, from
    /// their queued copy.
    /// </summary>
    public async Task<SaveResult<ProfileEntity>> UpdateAsync(
        string id, ProfileInput input, ETag? ifMatch, CancellationToken cancellationToken)
    {
        var profile = await store.FindAsync(id, cancellationToken);
        if (profile is null)
        {
            return new(SaveOutcome.NotFound);
        }

        if (ifMatch is { } expected && expected != profile.ETag)
        {
            return new(SaveOutcome.Stale);
        }

        var consentsBefore = ConsentState.Of(profile);
        var addressChanged = !string.Equals(input.Email, profile.Email, StringComparison.Ordinal);
        if (addressChanged)
        {
            // The new address waits for its confirmation; ConfirmedAt keeps when the person last confirmed one,
            // so the sweep of never-confirmed profiles leaves this one alone.
            profile.Status = ProfileStatus.PendingConfirmation;
            ProfileConfirmation.StampNewAddress(profile);
        }

        ProfileMapper.Apply(input, profile);
        // A save that emails a confirmation link counts against the address's hourly limit, as a sign-up does.
        if (profile.Status == ProfileStatus.PendingConfirmation && await limits.TryTakeForAddressAsync(profile.Email, cancellationToken) is { } wait)
        {
            return new(SaveOutcome.TooMany, RetryAfter: wait);
        }

        profile.Version++;
        profile.UpdatedAt = time.GetUtcNow();
        var saved = SavedNow(profile, consentsBefore, addressChanged);
        var copy = await followUps.ScheduleAsync(saved, cancellationToken);
        if (!await TrySaveAsync(profile, copy, revokeToken: null, cancellationToken))
        {
            return new(SaveOutcome.Stale);
        }

        await followUps.CompleteAfterSaveAsync(saved, profile, copy, cancellationToken);
        return new(SaveOutcome.Saved, profile);
    }

    private static ProfileSavedMessage SavedNow(ProfileEntity profile, ConsentState consentsBefore, bool addressChanged) => new(
        profile.Id,
        profile.Version,
        profile.UpdatedAt,
        consentsBefore,
        ConsentState.Of(profile),
        addressChanged,
        EmailsConfirmation: profile.Status == ProfileStatus.PendingConfirmation);

    private async Task<QueuedCopy> ScheduleOrRevokeAsync(ProfileSavedMessage saved, string token, CancellationToken cancellationToken)
    {
        try
        {
            return await followUps.ScheduleAsync(saved, cancellationToken);
        }
        catch
        {
            await RevokeQuietlyAsync(token);
            throw;
        }
    }

    // False when someone changed the profile first: the save did not happen, so its copy and token go. A
    // failure of the save itself leaves both: the copy finds the version unwritten if it was not saved.
    private async Task<bool> TrySaveAsync(ProfileEntity profile, QueuedCopy copy, string? revokeToken, CancellationToken cancellationToken)
    {
        if (await store.TryReplaceAsync(profile, profile.ETag, cancellationToken))
        {
            return true;
        }

        await followUps.CancelAsync(copy);
        if (revokeToken is not null)
        {
            await RevokeQuietlyAsync(revokeToken);
        }

        return false;
    }

    private async Task RevokeQuietlyAsync(string token) => await TryAsync(async () =>
    {
        if (await credentials.FindAsync(token, CancellationToken.None) is { } credential)
        {
            await credentials.DeleteAsync(credential, CancellationToken.None);
        }
    });

    private Task EnqueueAsync(ProfileEntity profile, CancellationToken cancellationToken) =>
        queue.SendAsync(StorageNames.ProfileUpdatesQueue, new ProfileUpdatedMessage(profile.Id, profile.Version), cancellationToken);

    // Every step is tried even when an earlier one fails (the failure that caused the undo may be the same
    // table or outage): whatever can be removed is, and the profile itself always gets its try. Only when every
    // row is gone may the caller be told that nothing was saved.
    private async Task UndoCreateAsync(ProfileEntity profile)
    {
        var id = profile.Id;
        var removed = await TryAsync(() => emailIndex.RemoveAsync(profile.Email, id, CancellationToken.None));
        removed &= await TryAsync(async () =>
        {
            foreach (var credential in await credentials.OfSubjectAsync(id, CancellationToken.None))
            {
                await credentials.DeleteAsync(credential, CancellationToken.None);
            }
        });
        removed &= await TryAsync(() => consents.EraseAsync(id, CancellationToken.None));
        await store.DeleteAsync(id, CancellationToken.None);
        if (removed)
        {
            StorageWrites.Undone();
        }
    }

    private static async Task<bool> TryAsync(Func<Task> step)
    {
        try
        {
            await step();
            return true;
        }
        catch (Exception exception) when (exception is RequestFailedException or HttpRequestException or OperationCanceledException)
        {
            // A row left behind holds no address and leads to no profile: a token or index entry for a missing
            // profile finds nothing, and consent rows hold only the id and the answers.
            return false;
        }
    }
}
