using Matchmaker.Email;
using Matchmaker.Email.Outbox;
using Matchmaker.Platform.Hosting;
using Matchmaker.Platform.Storage;
using Matchmaker.Profiles.SignIn;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaker.Profiles.AccountEmails;

/// <summary>
/// Confirmation and sign-in emails, sent through the outbox as every other email is: at most once each, under
/// the send rate limit, the circuit breaker, the daily budget and the suppression list. Each email's code is
/// issued when the email is composed, as a row of its own, so whichever run sends the email sends a working code.
/// </summary>
/// <remarks>
/// The request that asks for an email first queues a copy due after <see cref="AccountEmailOptions.RetryDelay"/>,
/// then tries to send at once, so the person usually has it within seconds. If that try could not send
/// (the mail service failing, the process stopping), the copy sends it later; if it did, the copy finds the
/// outbox row sent and does nothing.
/// </remarks>
public sealed partial class AccountEmailSender(
    ProfileStore profiles,
    ProfileConfirmation confirmation,
    SignInCodes signInCodes,
    ConfirmationEmail confirmationEmail,
    SignInEmail signInEmail,
    EmailOutbox outbox,
    QueueSender queue,
    IOptions<MatchmakerOptions> matchmaker,
    IOptions<AccountEmailOptions> options,
    ILogger<AccountEmailSender> logger)
{
    /// <summary>The outbox partition of a person's account emails.</summary>
    public static string OutboxPartitionOf(string profileId) => $"profile-{profileId}";

    /// <summary>Asks for one email of <paramref name="kind"/> to the profile's address, as it is now.</summary>
    /// <remarks>Throws only when the queued copy could not be stored: then nothing was sent and nothing will be.</remarks>
    public Task RequestAsync(ProfileEntity profile, string kind, CancellationToken cancellationToken) =>
        RequestAsync(profile, kind, $"{kind}-{Guid.NewGuid():N}", cancellationToken);

    /// <summary>
    /// Asks for the email with outbox key <paramref name="emailKey"/>: asked for again under the same key (a retried
    /// follow-up of one save), it is still sent once.
    /// </summary>
    public async Task RequestAsync(ProfileEntity profile, string kind, string emailKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var message = new AccountEmailMessage(profile.Id, kind, emailKey, profile.AddressStamp);
        await queue.SendAsync(StorageNames.AccountEmailsQueue, message, options.Value.RetryDelay, cancellationToken);
        try
        {
            // Not the caller's token: a client that hangs up mid-send must not leave the email's state unknown.
            await SendAsync(profile, message, CancellationToken.None);
        }
        catch (Exception exception) when (exception is EmailDeferredException or EmailBudgetSpentException || Outage.IsOutageOrTimeout(exception, CancellationToken.None))
        {
            LogLeftToQueue(logger, kind, exception.GetType().Name);
            // The first copy may already have come and gone while this try held the email: another copy,
            // due as long after now, makes sure one comes after it. Failing that, the first copy remains.
            try
            {
                var delay = exception is EmailBudgetSpentException spent ? spent.RetryAfter : options.Value.RetryDelay;
                await queue.SendAsync(StorageNames.AccountEmailsQueue, message, delay, CancellationToken.None);
            }
            catch (Exception requeue) when (Outage.IsOutageOrTimeout(requeue, CancellationToken.None))
            {
                LogLeftToQueue(logger, kind, requeue.GetType().Name);
            }
        }
    }

    /// <summary>Sends the email the message asks for, unless it was sent already or is no longer due.</summary>
    public async Task SendAsync(AccountEmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        // An erased profile takes its outbox rows with it: nothing is sent to it.
        if (await profiles.FindAsync(message.ProfileId, cancellationToken) is { } profile)
        {
            await SendAsync(profile, message, cancellationToken);
        }
    }

    private async Task SendAsync(ProfileEntity profile, AccountEmailMessage message, CancellationToken cancellationToken)
    {
        var partition = OutboxPartitionOf(profile.Id);
        if (!IsDue(profile, message))
        {
            await outbox.DropPendingAsync(partition, message.EmailKey, "no-longer-due", cancellationToken);
            return;
        }

        var publicBaseUrl = new Uri(matchmaker.Value.PublicBaseUrl);
        await outbox.SendOnceAsync(
            partition,
            message.EmailKey,
            async token => message.Kind == AccountEmailKind.Confirmation
                ? await confirmationEmail.CreateAsync(profile.Email, profile.Name, profile.Id, await confirmation.IssueCodeAsync(profile, token), publicBaseUrl)
                : await signInEmail.CreateAsync(profile.Email, profile.Name, profile.Id, await signInCodes.IssueAsync(profile, token), publicBaseUrl),
            cancellationToken);
    }

    // Asked for under another address, it would reach the wrong one; a confirmation is due only while the address
    // waits for it, and a sign-in link only to an active profile.
    private static bool IsDue(ProfileEntity profile, AccountEmailMessage message) =>
        profile.AddressStamp == message.AddressStamp
        && profile.Status == (message.Kind == AccountEmailKind.Confirmation ? ProfileStatus.PendingConfirmation : ProfileStatus.Active);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Kind} email could not be sent at once ({Error}); its queued copy sends it later")]
    private static partial void LogLeftToQueue(ILogger logger, string kind, string error);
}
