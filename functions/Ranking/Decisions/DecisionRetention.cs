using Azure.Data.Tables;
using Matchmaker.Platform.Retention;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.Options;

namespace Matchmaker.Ranking.Decisions;

/// <summary>
/// Training labels whose last outcome is older than <see cref="RetentionOptions.DecisionDays"/>. A label
/// updated meanwhile (the introduction went further) has a new ETag and is left for the next run.
/// </summary>
public sealed class DecisionRetention(TableServiceClient tables, IOptions<RetentionOptions> options) : IRetentionRule
{
    private readonly TableClient table = tables.GetTableClient(StorageNames.DecisionsTable);

    public string Records => StorageNames.DecisionsTable;

    public Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        ExpiredRows.PruneAsync(table, TableClient.CreateQueryFilter($"DecidedAt lt {now.AddDays(-options.Value.DecisionDays)}"), cancellationToken);
}
