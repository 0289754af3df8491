using Matchmaker.Model.Bootstrap;
using Matchmaker.Model.Skills;
using Matchmaker.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaker.Ranking;

/// <summary>
/// Cold start: when the registry has no live model, trains one on the generated bootstrap set (fixed
/// seed, see docs/matching.md) in the background and makes it live, so matching works on first run.
/// </summary>
public sealed partial class ModelBootstrapper(
    StorageInitializer storage, ModelRegistry registry, IOptions<MatchmakerOptions> options, TimeProvider time, ILogger<ModelBootstrapper> logger)
    : BackgroundService
{
    public const int Seed = 20261128;
    public const int Needs = 300;
    public const int CandidatesPerNeed = 20;

    private readonly TaskCompletionSource completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a live model exists or none was needed.</summary>
    public Task Completion => completion.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (options.Value.TrainBootstrapModel)
            {
                await storage.Ready.WaitAsync(stoppingToken);
                if (await registry.ActiveAsync(stoppingToken) is null)
                {
                    var set = new BootstrapGenerator(Taxonomy.Default, Seed).Generate(Needs, CandidatesPerNeed);
                    var result = await Task.Run(() => BootstrapEvaluation.Run(Taxonomy.Default, set, Seed, time.GetUtcNow()), stoppingToken);
                    var version = await registry.RegisterAsync(result, stoppingToken);
                    await registry.ActivateIfNotWorseAsync(version, stoppingToken);
                    LogTrained(logger, version.RowKey, result.Chosen, result.Test.Ndcg5);
                }
            }

            completion.TrySetResult();
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            LogFailed(logger, exception);
            completion.TrySetException(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Trained bootstrap model {Version} ({Kind}), NDCG@5 on held-out needs {Ndcg5:F3}")]
    private static partial void LogTrained(ILogger logger, string version, Model.Ranking.RankerKind kind, double ndcg5);

    [LoggerMessage(Level = LogLevel.Error, Message = "Training the bootstrap model failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
