using Azure;
using Azure.Data.Tables;
using Matchmaker.Platform.Credentials;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Introductions;

/// <summary>Introductions and their response tokens (table <c>introductions</c>), one partition per introduction.</summary>
public sealed class IntroductionStore(TableServiceClient tables)
{
    private readonly TableClient table = tables.GetTableClient(StorageNames.IntroductionsTable);

    public async Task<IntroductionEntity?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<IntroductionEntity>(id, IntroductionEntity.Row, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>Adds the introduction unless it exists (a retried approval makes the same id).</summary>
    public async Task AddIfMissingAsync(IntroductionEntity introduction, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddEntityAsync(introduction, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
        }
    }

    /// <summary>Writes the introduction if unchanged since read (412 otherwise) and keeps its new ETag.</summary>
    public async Task ReplaceAsync(IntroductionEntity introduction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(introduction);
        var response = await table.UpdateEntityAsync(introduction, introduction.ETag, TableUpdateMode.Replace, cancellationToken);
        introduction.ETag = response.Headers.ETag ?? introduction.ETag;
    }

    public Task<List<IntroductionEntity>> ListAsync(string? status, CancellationToken cancellationToken) =>
        QueryAsync(status is null
            ? TableClient.CreateQueryFilter($"RowKey eq {IntroductionEntity.Row}")
            : TableClient.CreateQueryFilter($"RowKey eq {IntroductionEntity.Row} and Status eq {status}"), cancellationToken);

    public Task<List<IntroductionEntity>> OfProfileAsync(string profileId, CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"RowKey eq {IntroductionEntity.Row} and ProfileId eq {profileId}"), cancellationToken);

    public Task<List<IntroductionEntity>> OfNeedAsync(string needId, CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"RowKey eq {IntroductionEntity.Row} and NeedId eq {needId}"), cancellationToken);

    /// <summary>A new token for one side's links: 256 random bits, returned once and stored hashed.</summary>
    public async Task<string> IssueTokenAsync(string introductionId, string side, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var token = SecretToken.Create();
        var row = new IntroductionTokenEntity
        {
            PartitionKey = introductionId,
            RowKey = IntroductionTokenEntity.RowPrefix + SecretToken.Hash(token),
            Side = side,
            ExpiresAt = expiresAt,
        };
        // A fresh random key: an upsert survives an SDK retry of an add that did succeed.
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        return token;
    }

    /// <summary>The token's row under this introduction only; null for any other token.</summary>
    public async Task<IntroductionTokenEntity?> FindTokenAsync(string introductionId, string token, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<IntroductionTokenEntity>(
            introductionId, IntroductionTokenEntity.RowPrefix + SecretToken.Hash(token), cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    public async Task MarkUsedAsync(IntroductionTokenEntity token, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        token.UsedAt = at;
        await table.UpdateEntityAsync(token, ETag.All, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>The introduction and its tokens.</summary>
    public async Task EraseAsync(string introductionId, CancellationToken cancellationToken)
    {
        await foreach (var row in table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {introductionId}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
        }
    }

    private async Task<List<IntroductionEntity>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var rows = new List<IntroductionEntity>();
        await foreach (var row in table.QueryAsync<IntroductionEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
