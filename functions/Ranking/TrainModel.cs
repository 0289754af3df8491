using Matchmaker.Platform.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Ranking;

/// <summary>
/// Retrains on request and keeps the request's job row up to date. Idempotent: a job already live or
/// refused is done, and a request some model was already trained after is fulfilled by that model.
/// </summary>
public sealed partial class TrainModel(ModelRegistry registry, ModelTrainer trainer, RetrainJobs jobs, ILogger<TrainModel> logger)
{
    [Function(nameof(TrainModel))]
    public async Task Run([QueueTrigger(StorageNames.ModelRetrainQueue)] ModelRetrainRequested request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var job = request.JobId is { } id ? await jobs.FindAsync(id, cancellationToken) : null;
        if (job is not null && RetrainJobState.IsDone(job.State))
        {
            LogJobDone(logger, job.Id, job.State);
            return;
        }

        var versions = await registry.VersionsAsync(cancellationToken);
        if (versions.Where(v => v.TrainedAt >= request.RequestedAt).MinBy(v => v.RowKey, StringComparer.Ordinal) is { } trained)
        {
            if (job is not null)
            {
                await jobs.FinishAsync(job, trained, cancellationToken);
            }

            LogAlreadyDone(logger, request.RequestedAt);
            return;
        }

        if (job is not null && !await jobs.StartAsync(job, cancellationToken))
        {
            LogTakenMeanwhile(logger, job.Id);
            return;
        }

        ModelVersionEntity version;
        try
        {
            version = await trainer.TrainAsync(job?.RequestedBy ?? request.RequestedBy, cancellationToken);
        }
        catch (Exception exception) when (job is not null && exception is not OperationCanceledException)
        {
            // Shown on the job until a retry of the message (the queue's) starts it again.
            await jobs.FailAsync(job, exception.GetType().Name, CancellationToken.None);
            throw;
        }

        if (job is not null)
        {
            await jobs.FinishAsync(job, version, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A model was trained after the retrain request of {RequestedAt:o}; nothing to do")]
    private static partial void LogAlreadyDone(ILogger logger, DateTimeOffset requestedAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retrain job {JobId} is already {State}; nothing to do")]
    private static partial void LogJobDone(ILogger logger, string jobId, string state);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retrain job {JobId} was started by another delivery of its message")]
    private static partial void LogTakenMeanwhile(ILogger logger, string jobId);
}
