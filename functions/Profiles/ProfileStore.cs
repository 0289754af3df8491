using Azure.Data.Tables;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Profiles;

public sealed class ProfileStore(TableServiceClient tables)
{
    private readonly TableClient table = tables.GetTableClient(StorageNames.ProfilesTable);

    // An upsert, not an insert: the key is new and random, so nothing else can be overwritten, and when the
    // SDK retries a request whose first try did succeed (a slow answer under load), an insert would fail with
    // 409 EntityAlreadyExists where the upsert simply writes the same row again.
    public Task AddAsync(ProfileEntity profile, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(profile, TableUpdateMode.Replace, cancellationToken);

    /// <summary>Replaces the profile if it still has <paramref name="etag"/>; a 412 from storage means someone changed it first.</summary>
    public Task<Azure.Response> ReplaceAsync(ProfileEntity profile, Azure.ETag etag, CancellationToken cancellationToken) =>
        table.UpdateEntityAsync(profile, etag, TableUpdateMode.Replace, cancellationToken);

    /// <summary>
    /// Replaces the profile if it still has <paramref name="etag"/>, and then holds the new ETag. False when it
    /// changed meanwhile. A replace that went through but whose answer was lost comes back 412 on the SDK's
    /// retry of it; the random write id stored with it tells that write from another's, so it still counts.
    /// </summary>
    public async Task<bool> TryReplaceAsync(ProfileEntity profile, Azure.ETag etag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var writeId = Guid.NewGuid().ToString("N");
        profile.WriteId = writeId;
        try
        {
            var response = await table.UpdateEntityAsync(profile, etag, TableUpdateMode.Replace, cancellationToken);
            profile.ETag = response.Headers.ETag ?? profile.ETag;
            return true;
        }
        catch (Azure.RequestFailedException exception) when (exception.Status == 412)
        {
            var now = await FindAsync(profile.Id, cancellationToken);
            if (now?.WriteId != writeId)
            {
                return false;
            }

            profile.ETag = now.ETag;
            return true;
        }
    }

    public Task UpsertAsync(ProfileEntity profile, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(profile, TableUpdateMode.Replace, cancellationToken);

    public async Task DeleteAsync(string id, CancellationToken cancellationToken)
    {
        using var response = await table.DeleteEntityAsync(id, ProfileEntity.Row, Azure.ETag.All, cancellationToken);
    }

    public async Task<ProfileEntity?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!EntityId.IsValid(id))
        {
            return null;
        }

        var found = await table.GetEntityIfExistsAsync<ProfileEntity>(id, ProfileEntity.Row, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>Every profile's id and address, read a page at a time.</summary>
    public async IAsyncEnumerable<(string Id, string Email)> AddressesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in table.QueryAsync<ProfileEntity>(select: ["PartitionKey", "RowKey", nameof(ProfileEntity.Email)], cancellationToken: cancellationToken))
        {
            yield return (row.Id, row.Email);
        }
    }

    /// <summary>The ids of profiles never confirmed that were created before <paramref name="before"/>.</summary>
    public async Task<IReadOnlyList<string>> UnconfirmedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        // A null property is not stored, so "never confirmed" cannot be a service-side filter: the two dates
        // are read for every profile (a few columns, once a day) and compared here.
        var ids = new List<string>();
        string[] columns = ["PartitionKey", "RowKey", nameof(ProfileEntity.CreatedAt), nameof(ProfileEntity.ConfirmedAt)];
        await foreach (var row in table.QueryAsync<ProfileEntity>(select: columns, cancellationToken: cancellationToken))
        {
            if (row.ConfirmedAt is null && row.CreatedAt < before)
            {
                ids.Add(row.Id);
            }
        }

        return ids;
    }

    public async Task<bool> AnyAsync(CancellationToken cancellationToken)
    {
        await foreach (var _ in table.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            return true;
        }

        return false;
    }
}
