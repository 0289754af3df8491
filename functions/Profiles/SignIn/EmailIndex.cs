using Azure;
using Azure.Data.Tables;
using Matchmaker.Email.Unsubscribe;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Profiles.SignIn;

/// <summary>
/// Finds the profiles that have an address, for sign-in by email. Keyed by the address's keyed hash, so a copy
/// of the table does not tell whose addresses are in it; kept in step when a profile is created, changes its
/// address or is erased.
/// </summary>
public sealed class EmailIndex(TableServiceClient tables, AddressHasher hasher)
{
    private readonly TableClient table = tables.GetTableClient(StorageNames.EmailIndexTable);

    public async Task AddAsync(string address, string profileId, CancellationToken cancellationToken)
    {
        var key = await hasher.HashAsync(address, cancellationToken);
        // An upsert: adding the same pair twice (an SDK retry, the start-up catch-up) writes the same row.
        await table.UpsertEntityAsync(new EmailIndexEntity { PartitionKey = key, RowKey = profileId }, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>
    /// Indexes the profile under <paramref name="address"/> and removes its rows under any other address (read by
    /// the row key, a scan of the table: for after an address change, not every save). Safe to repeat.
    /// </summary>
    public async Task KeepOnlyAsync(string address, string profileId, CancellationToken cancellationToken)
    {
        var key = await hasher.HashAsync(address, cancellationToken);
        await table.UpsertEntityAsync(new EmailIndexEntity { PartitionKey = key, RowKey = profileId }, TableUpdateMode.Replace, cancellationToken);
        foreach (var row in await OfProfileAsync(profileId, cancellationToken))
        {
            if (!string.Equals(row.PartitionKey, key, StringComparison.Ordinal))
            {
                await DeleteAsync(row, cancellationToken);
            }
        }
    }

    public async Task RemoveAsync(string address, string profileId, CancellationToken cancellationToken)
    {
        var key = await hasher.HashAsync(address, cancellationToken);
        using var response = await table.DeleteEntityAsync(key, profileId, ETag.All, cancellationToken);
    }

    /// <summary>The ids of the profiles indexed under this address, in any case or with surrounding spaces.</summary>
    public async Task<IReadOnlyList<string>> ProfilesOfAsync(string address, CancellationToken cancellationToken)
    {
        var key = await hasher.HashAsync(address, cancellationToken);
        var ids = new List<string>();
        await foreach (var row in table.QueryAsync<EmailIndexEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {key}"), cancellationToken: cancellationToken))
        {
            ids.Add(row.RowKey);
        }

        return ids;
    }

    /// <summary>Every row of the profile, under whichever address: read by the row key, so it finds rows of an address no longer known.</summary>
    public async Task<IReadOnlyList<EmailIndexEntity>> OfProfileAsync(string profileId, CancellationToken cancellationToken)
    {
        var rows = new List<EmailIndexEntity>();
        await foreach (var row in table.QueryAsync<EmailIndexEntity>(TableClient.CreateQueryFilter($"RowKey eq {profileId}"), cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    public async Task DeleteAsync(EmailIndexEntity row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        using var response = await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
    }
}
