using Azure.Data.Tables;
using Matchmaker.Platform.Retention;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Platform.Credentials;

/// <summary>
/// Emailed codes past their expiry: they open nothing any more, so their rows go. Owner tokens and co-op keys
/// have no expiry and are never matched here.
/// </summary>
public sealed class ExpiredCodeRetention(TableServiceClient tables) : IRetentionRule
{
    private readonly TableClient table = tables.GetTableClient(StorageNames.CredentialsTable);

    public string Records => "credentials (expired codes)";

    public Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        ExpiredRows.PruneAsync(table, TableClient.CreateQueryFilter($"ExpiresAt lt {now}"), cancellationToken);
}
