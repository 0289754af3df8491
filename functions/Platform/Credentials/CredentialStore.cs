using Azure.Data.Tables;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Platform.Credentials;

public sealed class CredentialStore(TableServiceClient tables, TimeProvider time)
{
    private readonly TableClient table = tables.GetTableClient(StorageNames.CredentialsTable);

    /// <summary>Creates a new secret for <paramref name="subjectId"/>, stores its hash, and returns the secret.</summary>
    public async Task<string> IssueAsync(string kind, string subjectId, CancellationToken cancellationToken)
    {
        var secret = SecretToken.Create();

        // An upsert: the key is the hash of 256 fresh random bits, and an SDK retry of a request that did
        // succeed must not fail as an insert would (409).
        await table.UpsertEntityAsync(
            new CredentialEntity { PartitionKey = SecretToken.Hash(secret), Kind = kind, SubjectId = subjectId, CreatedAt = time.GetUtcNow() },
            TableUpdateMode.Replace,
            cancellationToken);
        return secret;
    }

    public async Task<CredentialEntity?> FindAsync(string secret, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<CredentialEntity>(SecretToken.Hash(secret), CredentialEntity.Row, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    public async Task<IReadOnlyList<CredentialEntity>> OfSubjectAsync(string kind, string subjectId, CancellationToken cancellationToken)
    {
        // A scan with a filter: credentials are looked up this way only on erasure, export and replacing a co-op's key.
        var filter = TableClient.CreateQueryFilter($"Kind eq {kind} and SubjectId eq {subjectId}");
        var rows = new List<CredentialEntity>();
        await foreach (var row in table.QueryAsync<CredentialEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    public async Task DeleteAsync(CredentialEntity credential, CancellationToken cancellationToken)
    {
        using var response = await table.DeleteEntityAsync(credential.PartitionKey, credential.RowKey, Azure.ETag.All, cancellationToken);
    }
}
