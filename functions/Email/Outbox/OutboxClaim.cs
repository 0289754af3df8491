using Azure;
using Azure.Data.Tables;
using Matchmaker.Platform.Hosting;

namespace Matchmaker.Email.Outbox;

/// <summary>
/// Claims an outbox row for one run before it sends the email: status <c>sending</c> with a random claim id,
/// under the row's ETag, so of two runs only one sends. A claim whose write reached storage but whose answer
/// was lost is recognised by its claim id, whether the SDK's retry met it (412) or storage stopped answering.
/// </summary>
public static class OutboxClaim
{
    /// <summary>True when this run holds the row (and <paramref name="row"/> its new ETag); false when another run does.</summary>
    public static async Task<bool> TryAsync(TableClient table, OutboxEntity row, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(time);
        var claim = Guid.NewGuid().ToString("N");
        row.Status = OutboxStatus.Sending;
        row.ClaimId = claim;
        row.Attempts++;
        row.UpdatedAt = time.GetUtcNow();
        try
        {
            row.ETag = (await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken)).Headers.ETag ?? ETag.All;
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == 412)
        {
            // Either another run claimed it, or this claim went through and its answer was lost, so the SDK's
            // retry of it met the ETag it had itself changed: the claim id tells which.
            return Holds(row, claim, (await table.GetEntityAsync<OutboxEntity>(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken)).Value);
        }
        catch (Exception exception) when (Outage.IsOutageOrTimeout(exception, cancellationToken))
        {
            // The claim may have landed with no one to know: left so, the row would stay "sending" and every
            // later run would take it for another's. Read it once storage answers again.
            var now = await ReadWhenBackAsync(table, row, cancellationToken);
            if (now.Status == OutboxStatus.Pending && now.ETag == row.ETag)
            {
                // The claim did not land: nothing happened, and the queue's retry claims again.
                throw;
            }

            return Holds(row, claim, now);
        }
    }

    private static bool Holds(OutboxEntity row, string claim, OutboxEntity now)
    {
        if (now.Status != OutboxStatus.Sending || now.ClaimId != claim)
        {
            return false;
        }

        row.ETag = now.ETag;
        return true;
    }

    // Storage may take a little while to answer again; the run (a queue message, or a request that queued a
    // copy) waits for it rather than leave the row's truth unknown.
    private static async Task<OutboxEntity> ReadWhenBackAsync(TableClient table, OutboxEntity row, CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        return await StorageComeback.RunAsync(
            async () => (await table.GetEntityAsync<OutboxEntity>(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken)).Value,
            cancellationToken);
    }
}
