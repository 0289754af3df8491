using Matchmaker.Platform.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaker.Ranking;

/// <summary>
/// Cold start: when the registry has no live model, trains one in the background (on the bootstrap set,
/// see docs/matching.md, and any decisions already kept) and makes it live, so matching works on first run.
/// </summary>
public sealed partial class ModelBootstrapper(
    StorageInitializer storage, ModelRegistry registry, ModelTrainer trainer, IOptions<MatchmakerOptions> options, ILogger<ModelBootstrapper> logger)
    : BackgroundService
{
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
                    await trainer.TrainAsync(ModelRequester.Bootstrap, stoppingToken);
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Training the first model failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
