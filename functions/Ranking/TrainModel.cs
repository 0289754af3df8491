using Matchmaker.Platform.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Ranking;

/// <summary>Retrains on request. Idempotent: a request some model was already trained after is done.</summary>
public sealed partial class TrainModel(ModelRegistry registry, ModelTrainer trainer, ILogger<TrainModel> logger)
{
    [Function(nameof(TrainModel))]
    public async Task Run([QueueTrigger(StorageNames.ModelRetrainQueue)] ModelRetrainRequested request, CancellationToken cancellationToken)
    {
        var versions = await registry.VersionsAsync(cancellationToken);
        if (versions.Any(v => v.TrainedAt >= request.RequestedAt))
        {
            LogAlreadyDone(logger, request.RequestedAt);
            return;
        }

        await trainer.TrainAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A model was trained after the retrain request of {RequestedAt:o}; nothing to do")]
    private static partial void LogAlreadyDone(ILogger logger, DateTimeOffset requestedAt);
}
