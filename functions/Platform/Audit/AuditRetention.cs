using Azure.Data.Tables;
using Matchmaker.Platform.Retention;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.Options;

namespace Matchmaker.Platform.Audit;

/// <summary>Audit entries older than <see cref="RetentionOptions.AuditDays"/>: nothing reads them once the history they tell is that old.</summary>
public sealed class AuditRetention(TableServiceClient tables, IOptions<RetentionOptions> options) : IRetentionRule
{
    private readonly TableClient table = tables.GetTableClient(StorageNames.AuditTable);

    public string Records => StorageNames.AuditTable;

    public Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        ExpiredRows.PruneAsync(table, TableClient.CreateQueryFilter($"At lt {now.AddDays(-options.Value.AuditDays)}"), cancellationToken);
}
