using Matchmaker.Model.Bootstrap;
using Matchmaker.Model.Training;
using Matchmaker.Ranking.Decisions;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Ranking;

/// <summary>
/// Trains a new model version on the bootstrap set and every consented decision, measures it against the
/// live model on the same held-out needs, registers it and makes it live only if it is not worse; a version
/// that is not made live stays in the registry as refused, with the reason.
/// </summary>
public sealed partial class ModelTrainer(ModelRegistry registry, DecisionStore decisions, Matching.RematchRequests matching, ILogger<ModelTrainer> logger)
{
    /// <param name="requestedBy">A <see cref="ModelRequester"/> value, kept with the version.</param>
    public async Task<ModelVersionEntity> TrainAsync(string? requestedBy, CancellationToken cancellationToken)
    {
        var live = await registry.ActiveAsync(cancellationToken);
        var liveModel = live is null ? null : await registry.LoadAsync(live, cancellationToken);
        var decided = await decisions.ForTrainingAsync(cancellationToken);
        var result = await Task.Run(() => TrainingRun.Run(TrainingSetAssembler.Assemble(ShippedBootstrap.Pairs, decided), ShippedBootstrap.Seed, liveModel), cancellationToken);
        var version = await registry.RegisterAsync(result, live, cancellationToken, requestedBy);
        var activated = await registry.ActivateIfNotWorseAsync(version, cancellationToken);
        if (activated)
        {
            // Every open need's suggestions are made again with the model now live.
            await matching.QueueAllOpenAsync(cancellationToken);
        }

        LogTrained(logger, version.RowKey, result.Chosen, result.DecisionGroups, result.Test.Ndcg5, result.Live?.Ndcg5, activated);
        return version;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Trained model {Version} ({Kind}) with {DecisionGroups} needs of decisions: NDCG@5 {Ndcg5:F3} against the live model's {LiveNdcg5:F3} on the same held-out needs; live: {Activated}")]
    private static partial void LogTrained(ILogger logger, string version, Model.Ranking.RankerKind kind, int decisionGroups, double ndcg5, double? liveNdcg5, bool activated);
}
