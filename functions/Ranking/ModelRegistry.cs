using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Ranking;
using Matchmaker.Model.Training;
using Matchmaker.Platform.Http;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Ranking;

/// <summary>
/// Every trained model: its file in Blob Storage and a row with its metrics. A new model goes live only if
/// its NDCG@5 on its held-out groups is not lower than the live model's on the same groups.
/// </summary>
public sealed class ModelRegistry(TableServiceClient tables, BlobServiceClient blobs, TimeProvider time)
{
    private readonly TableClient table = tables.GetTableClient(StorageNames.ModelsTable);
    private readonly BlobContainerClient container = blobs.GetBlobContainerClient(StorageNames.ModelsContainer);

    public async Task<IReadOnlyList<ModelVersionEntity>> VersionsAsync(CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ModelVersionEntity.Partition}");
        var versions = new List<ModelVersionEntity>();
        await foreach (var row in table.QueryAsync<ModelVersionEntity>(filter, cancellationToken: cancellationToken))
        {
            versions.Add(row);
        }

        return versions;
    }

    public async Task<ModelVersionEntity?> ActiveAsync(CancellationToken cancellationToken) =>
        (await VersionsAsync(cancellationToken)).LastOrDefault(v => v.IsActive);

    /// <summary>
    /// Stores the model file and its row as a new version, not yet live. <paramref name="comparedWith"/> is
    /// the version that was live when <paramref name="result"/> measured it on the same groups.
    /// </summary>
    public async Task<ModelVersionEntity> RegisterAsync(
        TrainingResult result, ModelVersionEntity? comparedWith, CancellationToken cancellationToken, string? requestedBy = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var versions = await VersionsAsync(cancellationToken);
        var entity = new ModelVersionEntity
        {
            RowKey = ModelVersionEntity.VersionKey(versions.Count + 1),
            Kind = result.Chosen.ToString(),
            TrainedAt = time.GetUtcNow(),
            TrainingRows = result.TrainingRows,
            Features = string.Join(',', PairFeatures.Names),
            Ndcg1 = result.Test.Ndcg1,
            Ndcg3 = result.Test.Ndcg3,
            Ndcg5 = result.Test.Ndcg5,
            BaselinesJson = JsonSerializer.Serialize(result.Baselines, MatchmakerJson.Options),
            ComparedWith = result.Live is null ? null : comparedWith?.RowKey,
            ComparedWithNdcg5 = result.Live?.Ndcg5,
            BootstrapGroups = result.BootstrapGroups,
            DecisionGroups = result.DecisionGroups,
            TestGroups = result.TestGroups,
            HeldOut = result.HeldOut.ToString(),
            RequestedBy = requestedBy,
            FitQuantilesJson = result.FitQuantiles.Count > 0 ? JsonSerializer.Serialize(result.FitQuantiles, MatchmakerJson.Options) : null,
        };
        using (var file = new MemoryStream())
        {
            RankingModelFile.Save(result.Model, file);
            file.Position = 0;
            await container.GetBlobClient(entity.BlobName).UploadAsync(file, overwrite: true, cancellationToken);
        }

        var added = await table.AddEntityAsync(entity, cancellationToken);
        entity.ETag = added.Headers.ETag ?? ETag.All;
        return entity;
    }

    /// <summary>
    /// Makes <paramref name="candidate"/> the live model, in one transaction with retiring the live one, if it
    /// was measured against the version live now and ranked its held-out groups at least as well; or if
    /// nothing is live yet. Otherwise records it as refused. Either way the row says why.
    /// </summary>
    public async Task<bool> ActivateIfNotWorseAsync(ModelVersionEntity candidate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var live = await ActiveAsync(cancellationToken);
        if (ModelDecision.Refusal(candidate, live) is { } refusal)
        {
            await RefuseAsync(candidate, refusal, cancellationToken);
            return false;
        }

        var now = time.GetUtcNow();
        var actions = new List<TableTransactionAction>();
        if (live is not null)
        {
            live.IsActive = false;
            live.RetiredAt = now;
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateMerge, live, live.ETag));
        }

        candidate.IsActive = true;
        candidate.WentLiveAt = now;
        candidate.Decision = ModelDecision.WentLive(candidate);
        actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateMerge, candidate, candidate.ETag));
        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status is 409 or 412)
        {
            // Another version went live (or was added) between reading the live one and switching.
            candidate.IsActive = false;
            candidate.WentLiveAt = null;
            var liveNow = await ActiveAsync(cancellationToken);
            await RefuseAsync(candidate, ModelDecision.Refusal(candidate, liveNow) ?? $"Refused: the live version changed while {candidate.RowKey} was being made live.", cancellationToken);
            return false;
        }
    }

    /// <summary>Every version, newest first.</summary>
    public async Task<IReadOnlyList<ModelVersionEntity>> HistoryAsync(CancellationToken cancellationToken) =>
        [.. (await VersionsAsync(cancellationToken)).OrderByDescending(v => v.RowKey, StringComparer.Ordinal)];

    private async Task RefuseAsync(ModelVersionEntity candidate, string decision, CancellationToken cancellationToken)
    {
        candidate.Refused = true;
        candidate.Decision = decision;
        // Only its own training writes a version's row before it is decided, and a refused row never changes again.
        var response = await table.UpdateEntityAsync(candidate, ETag.All, TableUpdateMode.Merge, cancellationToken);
        candidate.ETag = response.Headers.ETag ?? candidate.ETag;
    }

    public async Task<RankingModel> LoadAsync(ModelVersionEntity version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        var download = await container.GetBlobClient(version.BlobName).DownloadContentAsync(cancellationToken);
        using var file = download.Value.Content.ToStream();
        return RankingModelFile.Load(file);
    }
}
