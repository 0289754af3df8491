using System.Text.Json;
using Azure.Storage.Queues;
using Matchmaker.Http;

namespace Matchmaker.Storage;

/// <summary>Sends a message as JSON through the app's queue client, whose encoding comes from host.json.</summary>
public sealed class QueueSender(QueueServiceClient queues)
{
    public Task SendAsync<T>(string queueName, T message, CancellationToken cancellationToken) =>
        queues.GetQueueClient(queueName).SendMessageAsync(JsonSerializer.Serialize(message, MatchmakerJson.Options), cancellationToken);
}
