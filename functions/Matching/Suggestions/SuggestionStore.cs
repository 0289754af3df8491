using Azure;
using Azure.Data.Tables;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Matching.Suggestions;

/// <summary>
/// The suggestions table. The need's partition is the record; the person's partition mirrors it. Writers
/// go need row first, mirror second, and a run repeated after a crash repairs a missing mirror.
/// </summary>
public sealed class SuggestionStore(TableServiceClient tables)
{
    // A table transaction holds at most 100 actions, all in one partition.
    private const int MaxBatch = 100;

    private readonly TableClient table = tables.GetTableClient(StorageNames.SuggestionsTable);

    public Task<List<SuggestionEntity>> OfNeedAsync(string needId, CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {SuggestionEntity.NeedPartition(needId)}"), cancellationToken);

    public Task<List<SuggestionEntity>> OfProfileAsync(string profileId, CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {SuggestionEntity.ProfilePartition(profileId)}"), cancellationToken);

    /// <summary>Every suggestion (the need partitions), optionally of one status.</summary>
    public Task<List<SuggestionEntity>> AllAsync(string? status, CancellationToken cancellationToken) =>
        QueryAsync(
            status is null
                ? TableClient.CreateQueryFilter($"PartitionKey ge {"need-"} and PartitionKey lt {"need."}")
                : TableClient.CreateQueryFilter($"PartitionKey ge {"need-"} and PartitionKey lt {"need."} and Status eq {status}"),
            cancellationToken);

    /// <summary>Approvals decided between <paramref name="from"/> and <paramref name="to"/>, of every need.</summary>
    public Task<List<SuggestionEntity>> ApprovedBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        QueryAsync(
            TableClient.CreateQueryFilter(
                $"PartitionKey ge {"need-"} and PartitionKey lt {"need."} and Status eq {SuggestionStatus.Approved} and DecidedAt ge {from} and DecidedAt le {to}"),
            cancellationToken);

    public async Task<SuggestionEntity?> FindAsync(string needId, string profileId, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<SuggestionEntity>(SuggestionEntity.NeedPartition(needId), profileId, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>
    /// Writes the need's rows in transactions of at most 100: new ones added, existing ones replaced only if
    /// unchanged since they were read (their ETag), unwanted ones deleted likewise; so a coordinator's
    /// decision made meanwhile fails the write and the run is retried rather than overwritten. Then mirrors.
    /// </summary>
    public async Task WriteNeedAsync(
        IReadOnlyList<SuggestionEntity> add, IReadOnlyList<SuggestionEntity> replace, IReadOnlyList<SuggestionEntity> delete, CancellationToken cancellationToken)
    {
        var actions = add.Select(s => new TableTransactionAction(TableTransactionActionType.Add, s))
            .Concat(replace.Select(s => new TableTransactionAction(TableTransactionActionType.UpdateReplace, s, s.ETag)))
            .Concat(delete.Select(s => new TableTransactionAction(TableTransactionActionType.Delete, s, s.ETag)))
            .ToList();
        foreach (var chunk in actions.Chunk(MaxBatch))
        {
            await table.SubmitTransactionAsync(chunk, cancellationToken);
        }

        await Task.WhenAll(add.Concat(replace).Select(s => table.UpsertEntityAsync(Mirror(s), TableUpdateMode.Replace, cancellationToken)));
        await Task.WhenAll(delete.Select(s => DeleteIfExistsAsync(SuggestionEntity.ProfilePartition(s.ProfileId), s.NeedId, cancellationToken)));
    }

    /// <summary>Updates one suggestion (both rows) if it is unchanged since read; 412 otherwise.</summary>
    public async Task ReplaceAsync(SuggestionEntity suggestion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        await table.UpdateEntityAsync(suggestion, suggestion.ETag, TableUpdateMode.Replace, cancellationToken);
        await table.UpsertEntityAsync(Mirror(suggestion), TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>
    /// Writes the person's copy of the suggestion as it stands: for a replace whose answer was lost, where the
    /// SDK's retry met the ETag the replace had itself changed and threw before the copy was written.
    /// </summary>
    public Task MirrorAsync(SuggestionEntity suggestion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        return table.UpsertEntityAsync(Mirror(suggestion), TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Deletes one suggestion (both rows) if it is unchanged since read; 412 otherwise.</summary>
    public async Task DeleteAsync(SuggestionEntity suggestion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        await table.DeleteEntityAsync(SuggestionEntity.NeedPartition(suggestion.NeedId), suggestion.ProfileId, suggestion.ETag, cancellationToken);
        await DeleteIfExistsAsync(SuggestionEntity.ProfilePartition(suggestion.ProfileId), suggestion.NeedId, cancellationToken);
    }

    /// <summary>Removes both rows whatever their state: for erasure.</summary>
    public async Task EraseAsync(string needId, string profileId, CancellationToken cancellationToken)
    {
        await DeleteIfExistsAsync(SuggestionEntity.ProfilePartition(profileId), needId, cancellationToken);
        await DeleteIfExistsAsync(SuggestionEntity.NeedPartition(needId), profileId, cancellationToken);
    }

    private static SuggestionEntity Mirror(SuggestionEntity suggestion) =>
        suggestion.MirrorFor(SuggestionEntity.ProfilePartition(suggestion.ProfileId), suggestion.NeedId);

    private async Task DeleteIfExistsAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        // Deleting what is already gone is success (Azure answers 404, which the SDK does not throw for here).
        using var response = await table.DeleteEntityAsync(partitionKey, rowKey, ETag.All, cancellationToken);
    }

    private async Task<List<SuggestionEntity>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var rows = new List<SuggestionEntity>();
        await foreach (var row in table.QueryAsync<SuggestionEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}
