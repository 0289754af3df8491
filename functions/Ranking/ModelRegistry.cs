using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Matchmaker.Http;
using Matchmaker.Model.Bootstrap;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Ranking;
using Matchmaker.Storage;

namespace Matchmaker.Ranking;

/// <summary>
/// Every trained model: its file in Blob Storage and a row with its metrics. A new model goes live only if
/// its NDCG@5 on the held-out groups is not lower than the live model's.
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

    /// <summary>Stores the model file and its row as a new version, not yet live.</summary>
    public async Task<ModelVersionEntity> RegisterAsync(BootstrapResult result, CancellationToken cancellationToken)
    {
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
        };
        using (var file = new MemoryStream())
        {
            RankingModelFile.Save(result.Model, file);
            file.Position = 0;
            await container.GetBlobClient(entity.BlobName).UploadAsync(file, overwrite: true, cancellationToken);
        }

        await table.AddEntityAsync(entity, cancellationToken);
        return entity;
    }

    /// <summary>Makes <paramref name="candidate"/> the live model unless it ranks worse than the live one; one transaction.</summary>
    public async Task<bool> ActivateIfNotWorseAsync(ModelVersionEntity candidate, CancellationToken cancellationToken)
    {
        var live = await ActiveAsync(cancellationToken);
        if (live is not null && candidate.Ndcg5 < live.Ndcg5)
        {
            return false;
        }

        var actions = new List<TableTransactionAction>();
        if (live is not null)
        {
            live.IsActive = false;
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateMerge, live, live.ETag));
        }

        candidate.IsActive = true;
        actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateMerge, candidate, candidate.ETag));
        await table.SubmitTransactionAsync(actions, cancellationToken);
        return true;
    }

    public async Task<RankingModel> LoadAsync(ModelVersionEntity version, CancellationToken cancellationToken)
    {
        var download = await container.GetBlobClient(version.BlobName).DownloadContentAsync(cancellationToken);
        using var file = download.Value.Content.ToStream();
        return RankingModelFile.Load(file);
    }
}
