using System.Text.RegularExpressions;
using Azure;
using Azure.Data.Tables;
using Matchmaker.Platform.Credentials;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Email.Events;

/// <summary>Processed events by <c>sg_event_id</c>. The insert is the claim: of two processors of one event, one inserts and the other gets 409.</summary>
public sealed partial class EmailEventStore(TableServiceClient tables)
{
    private readonly TableClient table = tables.GetTableClient(StorageNames.EmailEventsTable);

    /// <summary>
    /// The partition key of an event id: the id itself when it is a safe key (SendGrid's ids are base64url),
    /// otherwise a hash of it, so that no id can make an invalid key.
    /// </summary>
    public static string KeyOf(string eventId) =>
        SafeKey().IsMatch(eventId) ? eventId : "sha256-" + SecretToken.Hash(eventId);

    /// <returns>True when inserted (first time); false when a row exists, which is returned through <paramref name="existing"/>.</returns>
    public async Task<(bool Inserted, EmailEventEntity? Existing)> TryInsertAsync(EmailEventEntity entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            return (true, null);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            var found = await table.GetEntityIfExistsAsync<EmailEventEntity>(entity.PartitionKey, EmailEventEntity.Row, cancellationToken: cancellationToken);
            return (false, found.HasValue ? found.Value : null);
        }
    }

    public async Task MarkAppliedAsync(string partitionKey, CancellationToken cancellationToken)
    {
        var applied = new TableEntity(partitionKey, EmailEventEntity.Row) { [nameof(EmailEventEntity.Applied)] = true };
        await table.UpdateEntityAsync(applied, ETag.All, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>Deletes the events received before <paramref name="cutoff"/>; returns how many.</summary>
    public async Task<int> DeleteReceivedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var deleted = 0;
        var filter = TableClient.CreateQueryFilter($"ReceivedAt lt {cutoff}");
        // One event per partition, so no transaction can hold two deletes.
        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            using var response = await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
            deleted++;
        }

        return deleted;
    }

    [GeneratedRegex("^[A-Za-z0-9_=-]{1,100}$")]
    private static partial Regex SafeKey();
}
