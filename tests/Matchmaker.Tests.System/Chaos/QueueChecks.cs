using System.Diagnostics;
using Azure.Storage.Queues;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Tests.System.Chaos;

/// <summary>
/// The queues after a chaos run, read directly from Azurite: every queue drains (the count Azurite reports,
/// visible or not, reaches 0) within a bound, and every poison queue is empty.
/// </summary>
public sealed class QueueChecks(QueueServiceClient queues)
{
    public static IReadOnlyList<string> PoisonQueues { get; } = [.. StorageNames.Queues.Select(StorageNames.PoisonQueueOf)];

    public async Task DrainAsync(ChaosVerdict verdict, TimeSpan bound)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var clock = Stopwatch.StartNew();
        var counts = await CountsAsync(StorageNames.Queues);
        while (counts.Values.Any(count => count > 0) && clock.Elapsed < bound)
        {
            await Task.Delay(500);
            counts = await CountsAsync(StorageNames.Queues);
        }

        verdict.Figure("seconds to drain every queue after the load", Math.Round(clock.Elapsed.TotalSeconds));
        verdict.ProblemsOf($"Queues not drained within {bound.TotalSeconds:0} s", [.. counts.Where(pair => pair.Value > 0).Select(pair => $"{pair.Key}: {pair.Value}")]);
    }

    public async Task PoisonAsync(ChaosVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var poisoned = await CountsAsync(PoisonQueues);
        verdict.Figure("poisoned messages", poisoned.Values.Sum());
        verdict.ProblemsOf("Poison queues holding messages", [.. poisoned.Where(pair => pair.Value > 0).Select(pair => $"{pair.Key}: {pair.Value}")]);
    }

    /// <summary>Messages in each queue named, visible or not (0 for a queue that does not exist).</summary>
    public async Task<Dictionary<string, int>> CountsAsync(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var queue = queues.GetQueueClient(name);
            counts[name] = await queue.ExistsAsync() ? (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount : 0;
        }

        return counts;
    }
}
