using System.Globalization;
using Matchmaker.Coops;
using Matchmaker.Email.Outbox;
using Matchmaker.Platform.Audit;
using Matchmaker.Platform.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaker.Needs;

/// <summary>
/// Once a day: each open need unchanged for <see cref="NeedOptions.StaleAfterDays"/> gets its co-op one
/// reminder; each need reminded more than <see cref="NeedOptions.CloseAfterReminderDays"/> ago, and not
/// edited or renewed since, closes itself as the co-op's own close does (its pending suggestions expire).
/// The reminder goes through the outbox under a key made of the need id and the time its staleness clock
/// started, so however often the sweep runs (or runs twice at once) each staleness period sends one email.
/// </summary>
public sealed partial class StaleNeedSweep(
    NeedStore needs,
    NeedService service,
    CoopStore coops,
    EmailOutbox outbox,
    NeedReminderEmail reminder,
    AuditLog audit,
    IOptions<NeedOptions> options,
    TimeProvider time,
    ILogger<StaleNeedSweep> logger)
{
    /// <summary>The outbox partition of a need's reminders (apart from introductions' partitions, which are introduction ids).</summary>
    public static string OutboxPartition(string needId) => $"need-{needId}";

    /// <summary>The outbox row of the reminder for one staleness period.</summary>
    public static string OutboxKey(NeedEntity need)
    {
        ArgumentNullException.ThrowIfNull(need);
        return $"stale-reminder-{need.StalenessClock.UtcTicks.ToString(CultureInfo.InvariantCulture)}";
    }

    public async Task<StaleNeedSweepResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var settings = options.Value;
        int reminded = 0, closed = 0, failed = 0;
        foreach (var need in await needs.AllOpenAsync(cancellationToken))
        {
            try
            {
                if (need.RemindedAt is { } at && now >= at + settings.CloseAfterReminder)
                {
                    closed += await ExpireAsync(need, cancellationToken) ? 1 : 0;
                }
                else if (need.RemindedAt is null && now >= need.StalenessClock + settings.StaleAfter)
                {
                    reminded += await RemindAsync(need, now + settings.CloseAfterReminder, cancellationToken) ? 1 : 0;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // One need's trouble (the mail service refusing for now, storage hiccups) waits for the next run.
                failed++;
                LogNeedFailed(logger, need.Id, exception.GetType().Name);
            }
        }

        LogSwept(logger, reminded, closed, failed);
        return new StaleNeedSweepResult(reminded, closed, failed);
    }

    private async Task<bool> RemindAsync(NeedEntity need, DateTimeOffset closesOn, CancellationToken cancellationToken)
    {
        if (await coops.FindAsync(need.CoopId, cancellationToken) is { } coop)
        {
            await outbox.SendOnceAsync(
                OutboxPartition(need.Id), OutboxKey(need), token => reminder.CreateAsync(need, coop, closesOn, token), cancellationToken);
        }

        // Recorded after sending: a run stopped in between sends nothing again (the outbox row says so) and records it next time.
        return await service.MarkRemindedAsync(need, cancellationToken);
    }

    private async Task<bool> ExpireAsync(NeedEntity need, CancellationToken cancellationToken)
    {
        var result = await service.CloseAsync(need.Id, need.CoopId, NeedStatus.Expired, null, need.ETag, cancellationToken);
        if (result.Outcome != SaveOutcome.Saved)
        {
            // Edited, renewed or closed meanwhile: the co-op's action stands.
            return false;
        }

        await audit.AppendAsync(
            new AuditEntity
            {
                PartitionKey = need.Id,
                Actor = AuditActor.App,
                Action = AuditActions.NeedExpired,
                NeedId = need.Id,
                CoopId = need.CoopId,
                At = result.Value!.ClosedAt ?? time.GetUtcNow(),
            },
            cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stale needs: {Reminded} co-ops reminded, {Closed} needs closed, {Failed} left for the next run")]
    private static partial void LogSwept(ILogger logger, int reminded, int closed, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The stale-need sweep could not finish need {NeedId} ({Error}); the next run tries again")]
    private static partial void LogNeedFailed(ILogger logger, string needId, string error);
}
