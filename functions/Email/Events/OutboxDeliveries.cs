using System.Text.RegularExpressions;
using Azure;
using Azure.Data.Tables;
using Matchmaker.Email.Outbox;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Email.Events;

/// <summary>
/// Resolves outbox rows from SendGrid's events: a send whose outcome was unknown (a timeout after the
/// request went out) or still marked as sending is "sent" once SendGrid reports it processed or delivered.
/// The change is conditional on the row's ETag, so it never overwrites a state another writer set meanwhile;
/// any other state, or no row, is left alone.
/// </summary>
public sealed partial class OutboxDeliveries(TableServiceClient tables, TimeProvider time, ILogger<OutboxDeliveries> logger)
{
    private const string StatusProperty = nameof(OutboxEntity.Status);

    private const int Attempts = 3;
    private static readonly string[] StatusOnly = [StatusProperty];

    private readonly TableClient table = tables.GetTableClient(StorageNames.OutboxTable);

    /// <returns>True when this call moved the row to "sent".</returns>
    public async Task<bool> MarkSentAsync(string introductionId, string emailKey, CancellationToken cancellationToken)
    {
        // Custom args arrive from outside: anything that is not a usable key cannot name a row.
        if (!EntityId.IsValid(introductionId) || !KeyFormat().IsMatch(emailKey))
        {
            return false;
        }

        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var found = await table.GetEntityIfExistsAsync<TableEntity>(introductionId, emailKey, StatusOnly, cancellationToken);
            if (!found.HasValue || found.Value!.GetString(StatusProperty) is not (OutboxStatus.Unknown or OutboxStatus.Sending))
            {
                return false;
            }

            var now = time.GetUtcNow();
            var change = new TableEntity(introductionId, emailKey)
            {
                [StatusProperty] = OutboxStatus.Sent,
                [nameof(OutboxEntity.UpdatedAt)] = now,
                [nameof(OutboxEntity.SentAt)] = now,
            };
            try
            {
                await table.UpdateEntityAsync(change, found.Value.ETag, TableUpdateMode.Merge, cancellationToken);
                LogResolved(logger, introductionId, emailKey);
                return true;
            }
            catch (RequestFailedException exception) when (exception.Status is 412 or 404)
            {
                // Changed or removed meanwhile: read it again and decide on what is there now.
            }
        }

        return false;
    }

    // Table keys may not hold '/', '\', '#', '?' or control characters.
    [GeneratedRegex(@"^[^/\\#?\u0000-\u001f\u007f-\u009f]{1,200}$")]
    private static partial Regex KeyFormat();

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox email {IntroductionId}/{EmailKey} is sent, as SendGrid reported")]
    private static partial void LogResolved(ILogger logger, string introductionId, string emailKey);
}
