using Azure;
using Azure.Data.Tables;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Ranking;

/// <summary>Retrain requests: each is a job row, then a queue message naming it, so its progress can be read back.</summary>
public sealed class RetrainJobs(TableServiceClient tables, QueueSender queue, TimeProvider time)
{
    private readonly TableClient table = tables.GetTableClient(StorageNames.ModelsTable);

    /// <summary>Stores a queued job, then queues its message (a job never queued stays queued, and is seen to).</summary>
    public async Task<ModelRetrainRequested> QueueAsync(string requestedBy, CancellationToken cancellationToken)
    {
        var job = new RetrainJobEntity { RowKey = EntityId.New(), RequestedBy = requestedBy, RequestedAt = time.GetUtcNow() };
        await table.AddEntityAsync(job, cancellationToken);
        var requested = new ModelRetrainRequested(job.RequestedAt, job.Id, requestedBy);
        await queue.SendAsync(StorageNames.ModelRetrainQueue, requested, cancellationToken);
        return requested;
    }

    public async Task<RetrainJobEntity?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!EntityId.IsValid(id))
        {
            return null;
        }

        var found = await table.GetEntityIfExistsAsync<RetrainJobEntity>(RetrainJobEntity.Partition, id, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>Moves the job to training under its ETag; false when another delivery of its message took it first.</summary>
    public async Task<bool> StartAsync(RetrainJobEntity job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        job.State = RetrainJobState.Training;
        job.StartedAt = time.GetUtcNow();
        job.FinishedAt = null;
        job.Decision = null;
        try
        {
            job.ETag = (await table.UpdateEntityAsync(job, job.ETag, TableUpdateMode.Replace, cancellationToken)).Headers.ETag ?? job.ETag;
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == 412)
        {
            return false;
        }
    }

    /// <summary>Records the version trained for the job and whether it went live.</summary>
    public Task FinishAsync(RetrainJobEntity job, ModelVersionEntity version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(version);
        job.State = version.Status == ModelStatus.Refused ? RetrainJobState.Refused : RetrainJobState.Live;
        job.Version = version.RowKey;
        job.Decision = version.Decision;
        return EndAsync(job, cancellationToken);
    }

    public Task FailAsync(RetrainJobEntity job, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        job.State = RetrainJobState.Failed;
        job.Decision = $"Training failed ({error}); the queue tries again up to its limit.";
        return EndAsync(job, cancellationToken);
    }

    private async Task EndAsync(RetrainJobEntity job, CancellationToken cancellationToken)
    {
        job.FinishedAt = time.GetUtcNow();
        // The job was claimed under its ETag by this run, so nothing else writes it meanwhile.
        job.ETag = (await table.UpdateEntityAsync(job, ETag.All, TableUpdateMode.Replace, cancellationToken)).Headers.ETag ?? job.ETag;
    }
}
