using Azure.Data.Tables;
using Matchmaker.Email.Outbox;
using Matchmaker.Needs;
using Matchmaker.Platform.Retention;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.Options;

namespace Matchmaker.Introductions;

/// <summary>
/// Outbox rows of emails that are finished (sent, failed, or of unknown fate) and unchanged for
/// <see cref="RetentionOptions.OutboxDays"/>, once their introduction is over. A row pending or sending is
/// never deleted: it is an email still to go or one that may have gone, and only its row stops a repeat. A
/// need's reminder (partition <c>need-{id}</c>) is keyed by its staleness period, and within days of it the
/// need is renewed (a new period, a new key) or closes, so no later run asks for that email again.
/// </summary>
public sealed class OutboxRetention(TableServiceClient tables, EndedIntroductions ended, IOptions<RetentionOptions> options) : IRetentionRule
{
    private static readonly string NeedPartitionPrefix = StaleNeedSweep.OutboxPartition("");

    private readonly TableClient table = tables.GetTableClient(StorageNames.OutboxTable);

    public string Records => StorageNames.OutboxTable;

    public Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var before = now.AddDays(-options.Value.OutboxDays);
        var filter = TableClient.CreateQueryFilter(
            $"UpdatedAt lt {before} and (Status eq {OutboxStatus.Sent} or Status eq {OutboxStatus.Failed} or Status eq {OutboxStatus.Unknown})");
        return ExpiredRows.PruneAsync(table, filter, ["PartitionKey", "RowKey"], NotInUseAsync, cancellationToken);
    }

    private async Task<IEnumerable<TableEntity>> NotInUseAsync(IReadOnlyList<TableEntity> rows, CancellationToken cancellationToken)
    {
        var reminders = rows.Where(r => r.PartitionKey.StartsWith(NeedPartitionPrefix, StringComparison.Ordinal)).ToList();
        var ofIntroductions = await ended.OfAsync([.. rows.Except(reminders)], cancellationToken);
        return reminders.Concat(ofIntroductions);
    }
}
