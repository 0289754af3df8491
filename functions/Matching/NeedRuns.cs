using System.Diagnostics;
using Azure;
using Azure.Data.Tables;
using Matchmaker.Needs;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaker.Matching;

/// <summary>
/// Numbers each need's matching runs and lets one run hold a need at a time, so that a burst of messages
/// for one need ends in a few runs rather than one colliding run each. A message carries how many runs had
/// started when it was queued (<see cref="MessageToQueueAsync"/>, read after the change it is about was stored);
/// once a run with a higher number has completed, that run read everything the message is about, and the
/// message has nothing left to do. The row is written under its ETag only, so the numbers never go back.
/// </summary>
public sealed partial class NeedRuns(TableServiceClient tables, IOptions<MatchingOptions> options, TimeProvider time, ILogger<NeedRuns> logger)
{
    private readonly TableClient table = tables.GetTableClient(StorageNames.NeedRunsTable);

    /// <summary>
    /// The message to queue about a change to the need's candidates that is already stored, or null when an
    /// equal one (same version, same count of started runs) was queued within
    /// <see cref="MatchingOptions.QueuedMessageStandsFor"/>: no run has started since it was, so whatever
    /// run it leads to starts after this change was stored and reads it. A burst of changes then queues one
    /// message per need and run rather than one per change.
    /// </summary>
    public async Task<NeedUpdatedMessage?> MessageToQueueAsync(NeedEntity need, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(need);
        if (!options.Value.CoalesceRuns)
        {
            return new NeedUpdatedMessage(need.Id, need.Version);
        }

        long started = 0;
        NeedQueuedEntity? queued = null;
        // Both rows of the need's partition in one request.
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {need.Id}"), cancellationToken: cancellationToken))
        {
            if (row.RowKey == NeedRunEntity.Row)
            {
                started = row.GetInt64(nameof(NeedRunEntity.Started)) ?? 0;
            }
            else if (row.RowKey == NeedQueuedEntity.Row)
            {
                queued = new NeedQueuedEntity
                {
                    RunsStarted = row.GetInt64(nameof(NeedQueuedEntity.RunsStarted)) ?? -1,
                    NeedVersion = row.GetInt32(nameof(NeedQueuedEntity.NeedVersion)) ?? -1,
                    QueuedAt = row.GetDateTimeOffset(nameof(NeedQueuedEntity.QueuedAt)) ?? DateTimeOffset.MinValue,
                };
            }
        }

        var standsFor = options.Value.QueuedMessageStandsFor;
        return queued is not null && queued.RunsStarted == started && queued.NeedVersion == need.Version && time.GetUtcNow() - queued.QueuedAt < standsFor
            ? null
            : new NeedUpdatedMessage(need.Id, need.Version, started);
    }

    /// <summary>
    /// Records that <paramref name="message"/> was queued, so equal ones need not be for a while. A record
    /// that fails to be written only means the next change queues a message of its own.
    /// </summary>
    public async Task QueuedAsync(NeedUpdatedMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.RunsStarted is not { } started || options.Value.QueuedMessageStandsFor <= TimeSpan.Zero)
        {
            return;
        }

        var row = new NeedQueuedEntity { PartitionKey = message.Id, RunsStarted = started, NeedVersion = message.Version, QueuedAt = time.GetUtcNow() };
        try
        {
            using var response = await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException exception)
        {
            LogQueuedNotRecorded(logger, exception.Status);
        }
    }

    public async Task<NeedRunEntity?> FindAsync(string needId, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<NeedRunEntity>(needId, NeedRunEntity.Row, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>
    /// Takes the need for a run once no other run holds it, numbered one above every run started before.
    /// Null instead when a run numbered above <paramref name="runsStarted"/> has completed (meanwhile, or
    /// while this one waited): it started after the message was queued, so it matched what the message is about.
    /// </summary>
    /// <param name="runsStarted">The message's count of started runs; null to run whatever ran before.</param>
    public async Task<NeedRunLease?> ClaimAsync(string needId, long? runsStarted, CancellationToken cancellationToken)
    {
        var lease = options.Value.RunLease;
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var row = await FindAsync(needId, cancellationToken);
            if (runsStarted is { } seen && row is not null && row.Completed > seen)
            {
                return null;
            }

            var now = time.GetUtcNow();
            if (row is { LeaseUntil: { } until } && until > now)
            {
                // A run takes seconds and the lease minutes: waiting this long means the clocks disagree wildly.
                if (waited.Elapsed > 3 * lease)
                {
                    throw new TimeoutException($"A need stayed held by another matching run for {waited.Elapsed}.");
                }

                // Random waits, so the runs waiting for one need do not all look again at the same moment.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(50, 250)), cancellationToken);
                continue;
            }

            if (row?.LeaseUntil is not null)
            {
                LogLeaseExpired(logger, row.Started);
            }

            var claimed = new NeedRunEntity
            {
                PartitionKey = needId,
                Started = (row?.Started ?? 0) + 1,
                Completed = row?.Completed ?? 0,
                LeaseUntil = now + lease,
            };
            try
            {
                using var response = row is null
                    ? await table.AddEntityAsync(claimed, cancellationToken)
                    : await table.UpdateEntityAsync(claimed, row.ETag, TableUpdateMode.Replace, cancellationToken);
                return new NeedRunLease(needId, claimed.Started, claimed.Completed, response.Headers.ETag ?? default);
            }
            catch (RequestFailedException exception) when (exception.Status is 409 or 412)
            {
                // Another run took the need between this read and write: read again.
                continue;
            }
        }
    }

    /// <summary>
    /// Records the run as the last completed one and frees the need. False when the run no longer held it
    /// (its lease ran out and another run took the need), so its rows may have been written after a newer
    /// run's and the need must be matched again.
    /// </summary>
    public Task<bool> CompleteAsync(NeedRunLease lease, CancellationToken cancellationToken) =>
        WriteAsync(lease, lease.Number, cancellationToken);

    /// <summary>Frees the need after a run that failed, keeping the last completed run as it was.</summary>
    public async Task ReleaseAsync(NeedRunLease lease)
    {
        // Also when the run was cancelled: a need left held would make every other run wait out the lease.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await WriteAsync(lease, lease.CompletedBefore, timeout.Token);
        }
        catch (Exception exception) when (exception is RequestFailedException or OperationCanceledException)
        {
            LogReleaseFailed(logger, exception);
        }
    }

    /// <summary>Removes the rows of a need that no longer exists, if this run still holds it.</summary>
    public async Task ForgetAsync(NeedRunLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        try
        {
            using var queued = await table.DeleteEntityAsync(lease.NeedId, NeedQueuedEntity.Row, ETag.All, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            // None was recorded.
        }

        try
        {
            using var response = await table.DeleteEntityAsync(lease.NeedId, NeedRunEntity.Row, lease.ETag, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 412)
        {
            // Taken by another run meanwhile: that one removes it.
        }
    }

    private async Task<bool> WriteAsync(NeedRunLease lease, long completed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var row = new NeedRunEntity { PartitionKey = lease.NeedId, Started = lease.Number, Completed = completed, LeaseUntil = null };
        try
        {
            using var response = await table.UpdateEntityAsync(row, lease.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 412)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Matching run {Number} held a need past its lease; another run takes it")]
    private static partial void LogLeaseExpired(ILogger logger, long number);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A queued need-updates message could not be recorded ({Status}); the next change queues its own")]
    private static partial void LogQueuedNotRecorded(ILogger logger, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A failed matching run could not free its need; others wait until its lease ends")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception);
}
