using Azure;
using Azure.Data.Tables;
using Matchmaker.Email.Keys;
using Matchmaker.Email.Unsubscribe;
using Matchmaker.Platform.Hosting;
using Matchmaker.Platform.Storage;
using Matchmaker.Platform.Telemetry;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Email.Outbox;

/// <summary>
/// Exactly-once emails. Each email has one row: (introduction id, email key) for an introduction's, or another
/// subject's own partition and key (a need's reminder: <c>need-{id}</c>, the staleness period). Only a run
/// that moves the row from pending to sending under its ETag may send, so redelivered or parallel queue
/// messages send nothing twice; the row then records sent, unknown or failed. A row left in sending (the
/// process stopped mid-send) is never sent again automatically: it may have gone.
/// </summary>
public sealed partial class EmailOutbox(
    TableServiceClient tables,
    EmailDelivery delivery,
    SuppressionList suppressions,
    EmailKeyGuard keyGuard,
    DailyEmailBudget budget,
    MatchmakerMetrics metrics,
    TimeProvider time,
    ILogger<EmailOutbox> logger)
{
    /// <summary>The custom_args that let delivery events find this row.</summary>
    public const string IntroductionArg = "introductionId";

    public const string EmailKeyArg = "emailKey";

    private readonly TableClient table = tables.GetTableClient(StorageNames.OutboxTable);

    /// <summary>
    /// Sends the email <paramref name="compose"/> makes, unless this email was already claimed; returns the
    /// row's status afterwards. Throws <see cref="EmailDeferredException"/> when nothing was accepted and the
    /// queue should try later, and <see cref="EmailBudgetSpentException"/> when the day's budget is spent; a
    /// storage failure before the claim leaves the row pending for the same.
    /// </summary>
    /// <remarks>
    /// Everything that can fail without sending (composing, which may issue a response token, and the
    /// suppression check) runs before the row is claimed, so a failure there leaves it pending rather than
    /// stuck in sending. A run that then loses the claim to another has composed for nothing: its token never
    /// leaves the process and expires with the introduction.
    /// </remarks>
    public async Task<string> SendOnceAsync(
        string introductionId, string emailKey, Func<CancellationToken, Task<EmailMessage>> compose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(compose);
        // Before anything is composed, looked up or claimed: with the wrong key the suppression check would
        // find no one. The row stays pending (or is not made yet) and the queue tries again.
        await keyGuard.ThrowIfBlockedAsync(cancellationToken);
        var row = await AddOrGetAsync(introductionId, emailKey, cancellationToken);
        if (row.Status != OutboxStatus.Pending)
        {
            return row.Status;
        }

        EmailMessage message;
        try
        {
            message = await compose(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && !Outage.IsOutage(exception))
        {
            // A template error or a bad address: trying again would fail the same way.
            await FinishAsync(row, OutboxStatus.Failed, exception.GetType().Name, cancellationToken);
            LogComposeFailed(logger, emailKey, exception.GetType().Name);
            return OutboxStatus.Failed;
        }

        // The suppression check and the day's budget side by side, one round trip: a suppressed address then
        // spends a use of the budget for nothing, which only errs on the side of sending less. Counted once a day
        // per email, so retries through an outage do not spend the budget; a run that then loses the claim has
        // spent one for nothing, likewise.
        var today = budget.Today;
        var suppressed = suppressions.IsSuppressedAsync(message.To, cancellationToken);
        var spent = row.BudgetDay == today ? Task.FromResult<TimeSpan?>(null) : budget.TryTakeAsync(cancellationToken);
        await Task.WhenAll(suppressed, spent);
        if (await suppressed)
        {
            // Unsubscribed, bounced or reported as spam: never emailed again.
            await FinishAsync(row, OutboxStatus.Failed, "suppressed", cancellationToken);
            return OutboxStatus.Failed;
        }

        if (await spent is { } wait)
        {
            LogBudgetSpent(logger, emailKey, wait);
            throw new EmailBudgetSpentException(wait);
        }

        row.BudgetDay = today;

        if (!await OutboxClaim.TryAsync(table, row, time, cancellationToken))
        {
            // Another run claimed it first: that run sends it.
            return OutboxStatus.Sending;
        }

        var args = new Dictionary<string, string>(message.CustomArgs, StringComparer.Ordinal)
        {
            [IntroductionArg] = introductionId,
            [EmailKeyArg] = emailKey,
        };
        DeliveryResult result;
        try
        {
            result = await delivery.DeliverAsync(message with { CustomArgs = args }, cancellationToken);
        }
        catch (Exception exception)
        {
            // Delivery answers every outcome it knows; anything else may have happened mid-request.
            await FinishAsync(row, OutboxStatus.Unknown, exception.GetType().Name, cancellationToken);
            throw;
        }

        return await RecordAsync(row, result, message.Category, cancellationToken);
    }

    private async Task<string> RecordAsync(OutboxEntity row, DeliveryResult result, string category, CancellationToken cancellationToken)
    {
        switch (result.Outcome)
        {
            case DeliveryOutcome.Sent:
                metrics.EmailSent(category);
                row.SentAt = time.GetUtcNow();
                await FinishAsync(row, OutboxStatus.Sent, null, cancellationToken);
                return OutboxStatus.Sent;
            case DeliveryOutcome.Unknown:
                await FinishAsync(row, OutboxStatus.Unknown, result.Error, cancellationToken);
                return OutboxStatus.Unknown;
            case DeliveryOutcome.Failed:
                await FinishAsync(row, OutboxStatus.Failed, result.Error, cancellationToken);
                return OutboxStatus.Failed;
            default:
                await FinishAsync(row, OutboxStatus.Pending, result.Error, cancellationToken);
                throw new EmailDeferredException($"The email {row.RowKey} was not accepted ({result.Error}); the queue will try again.");
        }
    }

    /// <summary>
    /// Sets an email whose state is unknown or failed back to pending, under the row's ETag, so the next
    /// <see cref="SendOnceAsync"/> for it sends it once more. False when the row is missing, in another state,
    /// or changed meanwhile (another request set it back first): then nothing changed.
    /// </summary>
    /// <param name="stalledBefore">A pending row set to be sent again before this time counts too: its queue message was lost.</param>
    public async Task<bool> ReopenAsync(string introductionId, string emailKey, string? note, DateTimeOffset stalledBefore, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<OutboxEntity>(introductionId, emailKey, cancellationToken: cancellationToken);
        var stalled = found.HasValue && found.Value!.Status == OutboxStatus.Pending && found.Value.SentAgainAt <= stalledBefore;
        if (!found.HasValue || (found.Value!.Status is not (OutboxStatus.Unknown or OutboxStatus.Failed) && !stalled))
        {
            return false;
        }

        var row = found.Value;
        var now = time.GetUtcNow();
        row.Status = OutboxStatus.Pending;
        row.SentAgainAt = now;
        row.SendAgainNote = note;
        row.UpdatedAt = now;
        try
        {
            await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 412)
        {
            return false;
        }

        LogReopened(logger, emailKey);
        return true;
    }

    /// <summary>Marks a pending email failed without sending it (it is no longer due), unless it changed meanwhile.</summary>
    public async Task DropPendingAsync(string introductionId, string emailKey, string reason, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<OutboxEntity>(introductionId, emailKey, cancellationToken: cancellationToken);
        if (found.HasValue && found.Value!.Status == OutboxStatus.Pending)
        {
            await FinishAsync(found.Value, OutboxStatus.Failed, reason, cancellationToken);
        }
    }

    public async Task<OutboxEntity?> FindAsync(string introductionId, string emailKey, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<OutboxEntity>(introductionId, emailKey, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    public async Task<IReadOnlyList<OutboxEntity>> OfIntroductionAsync(string introductionId, CancellationToken cancellationToken)
    {
        var rows = new List<OutboxEntity>();
        await foreach (var row in table.QueryAsync<OutboxEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {introductionId}"), cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    public async Task EraseAsync(string introductionId, CancellationToken cancellationToken)
    {
        foreach (var row in await OfIntroductionAsync(introductionId, cancellationToken))
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
        }
    }

    // Added first: most emails are asked for once, so the add is usually the only request. A row that exists
    // (a retry, a parallel run, or an SDK retry of this add whose first attempt landed) is then read as it is.
    private async Task<OutboxEntity> AddOrGetAsync(string introductionId, string emailKey, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var row = new OutboxEntity { PartitionKey = introductionId, RowKey = emailKey, CreatedAt = now, UpdatedAt = now };
        try
        {
            var added = await table.AddEntityAsync(row, cancellationToken);
            if (added.Headers.ETag is { } etag)
            {
                row.ETag = etag;
                return row;
            }
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
        }

        return (await table.GetEntityAsync<OutboxEntity>(introductionId, emailKey, cancellationToken: cancellationToken)).Value;
    }

    private async Task FinishAsync(OutboxEntity row, string status, string? error, CancellationToken cancellationToken)
    {
        row.Status = status;
        row.LastError = error;
        row.UpdatedAt = time.GetUtcNow();
        // Under the ETag last read or written: a delivery event (or another run) may have moved it meanwhile,
        // which must not be undone. Tried again while storage is briefly out, so an email that went is not left
        // "sending"; a try whose first attempt landed then meets its own write as a 412, which changes nothing.
        try
        {
            await StorageComeback.RunAsync(() => table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, CancellationToken.None), CancellationToken.None);
        }
        catch (RequestFailedException exception) when (exception.Status == 412)
        {
            LogChangedMeanwhile(logger, row.RowKey, status);
        }

        LogFinished(logger, row.RowKey, status);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox email {EmailKey}: {Status}")]
    private static partial void LogFinished(ILogger logger, string emailKey, string status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox email {EmailKey} changed meanwhile (a delivery event); kept that instead of {Status}")]
    private static partial void LogChangedMeanwhile(ILogger logger, string emailKey, string status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox email {EmailKey} set back to pending, to be sent once more")]
    private static partial void LogReopened(ILogger logger, string emailKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox email {EmailKey} waits {Wait} for the next day: the day's email budget is spent")]
    private static partial void LogBudgetSpent(ILogger logger, string emailKey, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox email {EmailKey} could not be composed: {Error}")]
    private static partial void LogComposeFailed(ILogger logger, string emailKey, string error);
}
