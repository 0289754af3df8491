using Azure;
using Azure.Data.Tables;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Platform.Credentials;

public sealed class CredentialStore(TableServiceClient tables, TimeProvider time)
{
    private readonly TableClient table = tables.GetTableClient(StorageNames.CredentialsTable);

    /// <summary>Creates a new secret for <paramref name="subjectId"/>, stores its hash, and returns the secret.</summary>
    public Task<string> IssueAsync(string kind, string subjectId, CancellationToken cancellationToken) =>
        IssueAsync(kind, subjectId, null, null, cancellationToken);

    /// <summary>A secret that stops working after <paramref name="lifetime"/> and only within <paramref name="scope"/>.</summary>
    public async Task<string> IssueAsync(string kind, string subjectId, TimeSpan? lifetime, string? scope, CancellationToken cancellationToken)
    {
        var secret = SecretToken.Create();
        var now = time.GetUtcNow();

        // An upsert: the key is the hash of 256 fresh random bits, and an SDK retry of a request that did
        // succeed must not fail as an insert would (409).
        await table.UpsertEntityAsync(
            new CredentialEntity
            {
                PartitionKey = SecretToken.Hash(secret),
                Kind = kind,
                SubjectId = subjectId,
                CreatedAt = now,
                ExpiresAt = now + lifetime,
                Scope = scope,
            },
            TableUpdateMode.Replace,
            cancellationToken);
        return secret;
    }

    public async Task<CredentialEntity?> FindAsync(string secret, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<CredentialEntity>(SecretToken.Hash(secret), CredentialEntity.Row, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>
    /// The code of <paramref name="kind"/> for <paramref name="subjectId"/> within <paramref name="scope"/> that
    /// <paramref name="secret"/> is, if it has not expired; otherwise null, whichever of these it fails.
    /// </summary>
    public async Task<CredentialEntity?> FindCodeAsync(string? secret, string kind, string subjectId, string? scope, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(secret) || await FindAsync(secret, cancellationToken) is not { } found)
        {
            return null;
        }

        var valid = found.Kind == kind && found.SubjectId == subjectId && found.Scope == scope && time.GetUtcNow() <= found.ExpiresAt;
        return valid ? found : null;
    }

    public async Task<IReadOnlyList<CredentialEntity>> OfSubjectAsync(string kind, string subjectId, CancellationToken cancellationToken) =>
        [.. (await OfSubjectAsync(subjectId, cancellationToken)).Where(credential => credential.Kind == kind)];

    /// <summary>Every credential of the subject, of any kind.</summary>
    public async Task<IReadOnlyList<CredentialEntity>> OfSubjectAsync(string subjectId, CancellationToken cancellationToken)
    {
        // A scan with a filter: credentials are looked up this way only on erasure, export and replacing a key.
        var filter = TableClient.CreateQueryFilter($"SubjectId eq {subjectId}");
        var rows = new List<CredentialEntity>();
        await foreach (var row in table.QueryAsync<CredentialEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    public async Task DeleteAsync(CredentialEntity credential, CancellationToken cancellationToken)
    {
        using var response = await table.DeleteEntityAsync(credential.PartitionKey, credential.RowKey, ETag.All, cancellationToken);
    }

    /// <summary>
    /// Uses a single-use code up: deletes it under the ETag it was read with. False when another use deleted
    /// it first (or it changed), so of two uses of one code only one gets true.
    /// </summary>
    public async Task<bool> TryUseUpAsync(CredentialEntity credential, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await table.DeleteEntityAsync(credential.PartitionKey, credential.RowKey, credential.ETag, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 412)
        {
            return false;
        }
    }
}
