using Azure;
using Azure.Storage.Queues;
using Matchmaker.Platform.Hosting;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Platform.Health;

/// <summary>
/// How many messages wait in each poison queue: messages that failed every retry and need a person to look
/// at them. The counts are the service's approximate ones, which is all a health check needs.
/// </summary>
public sealed class PoisonQueueProbe(StorageAccount account)
{
    // No message encoding: a poison copy is whatever text its queue held, and peeking must not fail on it.
    private readonly QueueServiceClient queues = account.CreateQueueServiceClient(QueueMessageEncoding.None);

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    /// <returns>Poison queue name to approximate count, or null when the queue service does not answer.</returns>
    public async Task<IReadOnlyDictionary<string, int>?> CountsAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            var counts = await Task.WhenAll(StorageNames.Queues.Select(StorageNames.PoisonQueueOf).Select(name => CountAsync(name, timeout.Token)));
            return counts.ToDictionary(c => c.Name, c => c.Count, StringComparer.Ordinal);
        }
        catch (Exception exception) when (Outage.IsOutageOrTimeout(exception, cancellationToken))
        {
            return null;
        }
    }

    /// <returns>For each poison queue holding messages (from <paramref name="counts"/>), the age of its oldest in whole seconds.</returns>
    public async Task<IReadOnlyDictionary<string, long>> OldestAsync(IReadOnlyDictionary<string, int> counts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var ages = await Task.WhenAll(counts.Where(c => c.Value > 0).Select(async c =>
        {
            // A queue hands out its oldest visible message first: peeking one is enough.
            var oldest = (await queues.GetQueueClient(c.Key).PeekMessagesAsync(1, cancellationToken)).Value.FirstOrDefault();
            return (c.Key, Age: oldest?.InsertedOn is { } inserted ? (long)Math.Max(0, (now - inserted).TotalSeconds) : 0);
        }));
        return ages.ToDictionary(a => a.Key, a => a.Age, StringComparer.Ordinal);
    }

    private async Task<(string Name, int Count)> CountAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var properties = await queues.GetQueueClient(name).GetPropertiesAsync(cancellationToken);
            return (name, properties.Value.ApproximateMessagesCount);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            // Not created yet (storage came up after start-up): nothing can have been moved there.
            return (name, 0);
        }
    }
}
