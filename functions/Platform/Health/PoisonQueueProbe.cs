using Azure;
using Azure.Storage.Queues;
using Matchmaker.Platform.Hosting;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Platform.Health;

/// <summary>
/// How many messages wait in each poison queue, and how long the oldest has waited: messages that failed
/// every retry and need a person to look at them. The counts are the service's approximate ones, which is all
/// a health check needs.
/// </summary>
/// <param name="queues">Without message encoding: a poison copy is whatever text its queue held, and peeking must not fail on it.</param>
public sealed class PoisonQueueProbe([FromKeyedServices(StorageAccount.UnencodedQueues)] QueueServiceClient queues, TimeProvider time)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <returns>The poison queues' counts and ages, or null when the queue service does not answer within the timeout.</returns>
    public async Task<PoisonQueueState?> ReadAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            var counts = await Task.WhenAll(StorageNames.Queues.Select(StorageNames.PoisonQueueOf).Select(name => CountAsync(name, timeout.Token)));
            var now = time.GetUtcNow();
            var ages = await Task.WhenAll(counts.Where(c => c.Count > 0).Select(c => OldestAsync(c.Name, now, timeout.Token)));
            return new(
                counts.ToDictionary(c => c.Name, c => c.Count, StringComparer.Ordinal),
                ages.ToDictionary(a => a.Name, a => a.Seconds, StringComparer.Ordinal));
        }
        catch (Exception exception) when (Outage.IsOutageOrTimeout(exception, cancellationToken))
        {
            return null;
        }
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

    private async Task<(string Name, long Seconds)> OldestAsync(string name, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A queue hands out its oldest visible message first: peeking one is enough.
        var oldest = (await queues.GetQueueClient(name).PeekMessagesAsync(1, cancellationToken)).Value.FirstOrDefault();
        return (name, oldest?.InsertedOn is { } inserted ? (long)Math.Max(0, (now - inserted).TotalSeconds) : 0);
    }
}
