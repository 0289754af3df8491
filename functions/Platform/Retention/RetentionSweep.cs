using Microsoft.Extensions.Logging;

namespace Matchmaker.Platform.Retention;

/// <summary>
/// Runs every <see cref="IRetentionRule"/> once, each on its own: one table's trouble (an outage, a throttled
/// query) is logged and left for the next run, and the other tables are pruned as usual. Every rule deletes
/// only what is past its period at the time of the run, so a second run deletes nothing more and a run cut
/// off midway is finished by the next.
/// </summary>
public sealed partial class RetentionSweep(IEnumerable<IRetentionRule> rules, TimeProvider time, ILogger<RetentionSweep> logger)
{
    /// <returns>How many records each rule deleted, by <see cref="IRetentionRule.Records"/>; a rule that failed is absent.</returns>
    public async Task<IReadOnlyDictionary<string, int>> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var deleted = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            try
            {
                deleted[rule.Records] = await rule.PruneAsync(now, cancellationToken);
                LogPruned(logger, deleted[rule.Records], rule.Records);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, rule.Records, exception.GetType().Name);
            }
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: deleted {Count} {Records} past their period")]
    private static partial void LogPruned(ILogger logger, int count, string records);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention: pruning {Records} failed ({Error}); the next run tries again")]
    private static partial void LogFailed(ILogger logger, string records, string error);
}
