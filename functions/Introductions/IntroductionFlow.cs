using Azure;
using Matchmaker.Coops;
using Matchmaker.Email.Outbox;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Needs;
using Matchmaker.Platform.Storage;
using Matchmaker.Profiles;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaker.Introductions;

/// <summary>
/// Moves an introduction on, one idempotent step per queue message: asks both sides (once each), reminds
/// whoever has not answered, closes it politely when someone declines or time runs out, and, when both said
/// yes, checks the need, the openings and both consents once more and sends the introduction. Every email
/// goes through the outbox, so a message delivered twice, or two at once, sends each email once.
/// </summary>
public sealed partial class IntroductionFlow(
    IntroductionStore store,
    IntroductionEmails emails,
    EmailOutbox outbox,
    ProfileStore profiles,
    NeedStore needs,
    CoopStore coops,
    QueueSender queue,
    IOptions<IntroductionOptions> options,
    TimeProvider time,
    ILogger<IntroductionFlow> logger)
{
    /// <summary>After a coordinator's approval: the introduction (made once per suggestion), then its first step queued.</summary>
    public async Task<string> StartAsync(SuggestionEntity approved, string approvedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approved);
        var id = IntroductionIds.Of(approved.Id);
        var need = await needs.FindAsync(approved.NeedId, cancellationToken);
        var now = time.GetUtcNow();
        await store.AddIfMissingAsync(
            new IntroductionEntity
            {
                PartitionKey = id,
                SuggestionId = approved.Id,
                NeedId = approved.NeedId,
                CoopId = need?.CoopId ?? "",
                ProfileId = approved.ProfileId,
                Note = approved.Note,
                ReasonsJson = approved.ReasonsJson,
                ApprovedBy = approvedBy,
                ApprovedAt = approved.DecidedAt ?? now,
                UpdatedAt = now,
            },
            cancellationToken);
        await queue.SendAsync(StorageNames.IntroductionsQueue, new IntroductionMessage(id), cancellationToken);
        return id;
    }

    /// <summary>Does whatever is due for the introduction now; safe to run any number of times.</summary>
    public async Task AdvanceAsync(string id, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await StepAsync(id, cancellationToken);
                return;
            }
            catch (RequestFailedException exception) when (exception.Status == 412 && attempt < 3)
            {
                // An answer arrived meanwhile: read it again and go on from there.
            }
        }
    }

    /// <summary>
    /// Sends one email a coordinator set back to pending, if what it says still holds and the person still
    /// agrees to introductions; otherwise it is marked failed unsent. The outbox sends it at most once however
    /// often this runs, and never to a suppressed address.
    /// </summary>
    public async Task SendAgainAsync(string id, string emailKey, CancellationToken cancellationToken)
    {
        if (!IntroductionEmailKeys.TryParse(emailKey, out var what, out var side))
        {
            return;
        }

        var introduction = await store.FindAsync(id, cancellationToken);
        var parties = introduction is null ? null : await PartiesAsync(introduction, cancellationToken);
        var due = parties is not null
            && EmailResendRules.StillDue(parties.Introduction, emailKey, time.GetUtcNow()) is null
            && (what == IntroductionEmailKeys.Closed || Consents(parties))
            && (what is not (IntroductionEmailKeys.Ask or IntroductionEmailKeys.Reminder) || parties.Need.Status == NeedStatus.Open);
        if (!due)
        {
            await outbox.DropPendingAsync(id, emailKey, "no-longer-due", cancellationToken);
            LogNotDue(logger, id, emailKey);
            return;
        }

        await outbox.SendOnceAsync(
            id,
            emailKey,
            ct => what switch
            {
                IntroductionEmailKeys.Ask => emails.AskAsync(parties!, side, reminder: false, ct),
                IntroductionEmailKeys.Reminder => emails.AskAsync(parties!, side, reminder: true, ct),
                IntroductionEmailKeys.Connected => emails.ConnectAsync(parties!, side, ct),
                _ => emails.CloseAsync(parties!, side, parties!.Introduction.EndReason ?? "cancelled", ct),
            },
            cancellationToken);
    }

    private async Task StepAsync(string id, CancellationToken cancellationToken)
    {
        var introduction = await store.FindAsync(id, cancellationToken);
        if (introduction is null || !IntroductionStatus.IsOpen(introduction.Status))
        {
            return;
        }

        var parties = await PartiesAsync(introduction, cancellationToken);
        if (parties is null)
        {
            // The person was erased or a side is gone: nobody can be told anything. End it quietly.
            await EndAsync(introduction, IntroductionStatus.Cancelled, "gone", cancellationToken);
            return;
        }

        // Once one side has been sent the other's contact details the other side must hear too, even if the need
        // closed or filled meanwhile; only a withdrawn consent still stops it.
        var connecting = introduction.Status == IntroductionStatus.Accepted && await ConnectingBegunAsync(introduction.Id, cancellationToken);
        if (!Consents(parties) || (parties.Need.Status != NeedStatus.Open && !connecting))
        {
            await CloseAsync(parties, IntroductionStatus.Cancelled, "cancelled", cancellationToken);
            return;
        }

        switch (introduction.Status)
        {
            case IntroductionStatus.Requested:
                await AskAsync(parties, cancellationToken);
                break;
            case IntroductionStatus.Awaiting:
                await AwaitAsync(parties, cancellationToken);
                break;
            case IntroductionStatus.Accepted:
                await ConnectAsync(parties, connecting, cancellationToken);
                break;
        }
    }

    private async Task AskAsync(IntroductionParties parties, CancellationToken cancellationToken)
    {
        var introduction = parties.Introduction;
        var now = time.GetUtcNow();
        if (introduction.ExpiresAt is null)
        {
            // The deadline is fixed before any email names it, so a repeated step quotes the same one.
            introduction.AskedAt = now;
            introduction.ExpiresAt = now + options.Value.AnswerWithin;
            introduction.UpdatedAt = now;
            await store.ReplaceAsync(introduction, cancellationToken);
        }

        foreach (var side in new[] { IntroductionSide.Person, IntroductionSide.Coop })
        {
            await outbox.SendOnceAsync(introduction.Id, $"ask-{side}", ct => emails.AskAsync(parties, side, reminder: false, ct), cancellationToken);
        }

        introduction.Status = IntroductionStatus.Awaiting;
        introduction.UpdatedAt = time.GetUtcNow();
        await store.ReplaceAsync(introduction, cancellationToken);
        LogAsked(logger, introduction.Id);

        // Come back for the reminder and the deadline; earlier messages find nothing to do.
        await queue.SendAsync(StorageNames.IntroductionsQueue, new IntroductionMessage(introduction.Id), options.Value.RemindAfter, cancellationToken);
        await queue.SendAsync(StorageNames.IntroductionsQueue, new IntroductionMessage(introduction.Id), options.Value.AnswerWithin + TimeSpan.FromSeconds(1), cancellationToken);
    }

    private async Task AwaitAsync(IntroductionParties parties, CancellationToken cancellationToken)
    {
        var introduction = parties.Introduction;
        if (introduction.PersonAnswer == IntroductionAnswer.Decline || introduction.CoopAnswer == IntroductionAnswer.Decline)
        {
            await CloseAsync(parties, IntroductionStatus.Declined, "declined", cancellationToken);
            return;
        }

        if (introduction.PersonAnswer == IntroductionAnswer.Accept && introduction.CoopAnswer == IntroductionAnswer.Accept)
        {
            introduction.Status = IntroductionStatus.Accepted;
            introduction.UpdatedAt = time.GetUtcNow();
            await store.ReplaceAsync(introduction, cancellationToken);
            await ConnectAsync(parties, begun: false, cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        if (now >= introduction.ExpiresAt)
        {
            await CloseAsync(parties, IntroductionStatus.Expired, "expired", cancellationToken);
            return;
        }

        if (introduction.RemindedAt is null && now >= introduction.AskedAt + options.Value.RemindAfter)
        {
            foreach (var side in new[] { IntroductionSide.Person, IntroductionSide.Coop }.Where(s => introduction.AnswerOf(s) == IntroductionAnswer.None))
            {
                await outbox.SendOnceAsync(introduction.Id, $"reminder-{side}", ct => emails.AskAsync(parties, side, reminder: true, ct), cancellationToken);
            }

            introduction.RemindedAt = now;
            introduction.UpdatedAt = now;
            await store.ReplaceAsync(introduction, cancellationToken);
        }
    }

    /// <param name="begun">A connecting email has gone (or may have): the openings are not counted again.</param>
    private async Task ConnectAsync(IntroductionParties parties, bool begun, CancellationToken cancellationToken)
    {
        var introduction = parties.Introduction;
        var connected = begun ? 0 : (await store.OfNeedAsync(introduction.NeedId, cancellationToken))
            .Count(other => other.Id != introduction.Id && other.Status == IntroductionStatus.Connected);
        if (!begun && connected >= parties.Need.Openings)
        {
            await CloseAsync(parties, IntroductionStatus.Cancelled, "filled", cancellationToken);
            return;
        }

        foreach (var side in new[] { IntroductionSide.Person, IntroductionSide.Coop })
        {
            await outbox.SendOnceAsync(introduction.Id, $"connected-{side}", ct => emails.ConnectAsync(parties, side, ct), cancellationToken);
        }

        await EndAsync(introduction, IntroductionStatus.Connected, null, cancellationToken);
        LogConnected(logger, introduction.Id);
    }

    private async Task<bool> ConnectingBegunAsync(string introductionId, CancellationToken cancellationToken) =>
        (await outbox.OfIntroductionAsync(introductionId, cancellationToken))
            .Any(row => row.RowKey.StartsWith("connected-", StringComparison.Ordinal) && row.Status != OutboxStatus.Pending);

    private async Task CloseAsync(IntroductionParties parties, string status, string reason, CancellationToken cancellationToken)
    {
        // Only those who were asked hear that it ended.
        if (parties.Introduction.AskedAt is not null)
        {
            foreach (var side in new[] { IntroductionSide.Person, IntroductionSide.Coop })
            {
                await outbox.SendOnceAsync(parties.Introduction.Id, $"closed-{side}", ct => emails.CloseAsync(parties, side, reason, ct), cancellationToken);
            }
        }

        await EndAsync(parties.Introduction, status, reason, cancellationToken);
    }

    private async Task EndAsync(IntroductionEntity introduction, string status, string? reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        introduction.Status = status;
        introduction.EndReason = reason;
        introduction.EndedAt = now;
        introduction.UpdatedAt = now;
        await store.ReplaceAsync(introduction, cancellationToken);
        LogEnded(logger, introduction.Id, status);
    }

    private async Task<IntroductionParties?> PartiesAsync(IntroductionEntity introduction, CancellationToken cancellationToken)
    {
        var profile = await profiles.FindAsync(introduction.ProfileId, cancellationToken);
        var need = await needs.FindAsync(introduction.NeedId, cancellationToken);
        var coop = need is null ? null : await coops.FindAsync(need.CoopId, cancellationToken);
        return profile is null || need is null || coop is null ? null : new IntroductionParties(introduction, profile, need, coop);
    }

    private static bool Consents(IntroductionParties parties) =>
        parties.Profile is { Status: ProfileStatus.Active, ConsentIntroductions: true };

    [LoggerMessage(Level = LogLevel.Information, Message = "Introduction {IntroductionId}: {EmailKey} was to be sent again but is no longer due; not sent")]
    private static partial void LogNotDue(ILogger logger, string introductionId, string emailKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Introduction {IntroductionId}: both sides asked")]
    private static partial void LogAsked(ILogger logger, string introductionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Introduction {IntroductionId}: connected")]
    private static partial void LogConnected(ILogger logger, string introductionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Introduction {IntroductionId}: {Status}")]
    private static partial void LogEnded(ILogger logger, string introductionId, string status);
}
