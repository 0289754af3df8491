using System.Text.Json;
using Azure.Storage.Queues;
using Matchmaker.Platform.Http;

namespace Matchmaker.Platform.Storage;

/// <summary>Sends a message as JSON through the app's queue client, whose encoding comes from host.json.</summary>
public sealed class QueueSender(QueueServiceClient queues)
{
    /// <summary>The longest a queue message can stay invisible before it is first delivered.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1);

    public Task SendAsync<T>(string queueName, T message, CancellationToken cancellationToken) =>
        queues.GetQueueClient(queueName).SendMessageAsync(JsonSerializer.Serialize(message, MatchmakerJson.Options), cancellationToken);

    /// <summary>Sends the message to be delivered after <paramref name="delay"/> (at most <see cref="MaxDelay"/>).</summary>
    public Task SendAsync<T>(string queueName, T message, TimeSpan delay, CancellationToken cancellationToken) =>
        queues.GetQueueClient(queueName).SendMessageAsync(
            JsonSerializer.Serialize(message, MatchmakerJson.Options),
            visibilityTimeout: delay <= TimeSpan.Zero ? null : delay > MaxDelay ? MaxDelay : delay,
            cancellationToken: cancellationToken);
}
