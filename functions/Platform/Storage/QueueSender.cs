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
            visibilityTimeout: Clamped(delay),
            cancellationToken: cancellationToken);

    /// <summary>
    /// Sends the message to be delivered after <paramref name="delay"/>, as a back-up for work the caller is
    /// about to try itself: if that work is done, <see cref="CancelAsync"/> deletes the copy before it is delivered.
    /// </summary>
    public async Task<QueuedCopy> SendCopyAsync<T>(string queueName, T message, TimeSpan delay, CancellationToken cancellationToken)
    {
        var receipt = await queues.GetQueueClient(queueName).SendMessageAsync(
            JsonSerializer.Serialize(message, MatchmakerJson.Options),
            visibilityTimeout: Clamped(delay),
            cancellationToken: cancellationToken);
        return new QueuedCopy(queueName, receipt.Value.MessageId, receipt.Value.PopReceipt);
    }

    /// <summary>Deletes a copy not yet delivered. False if it could not be (delivered already, or storage failing): it then runs.</summary>
    public async Task<bool> CancelAsync(QueuedCopy copy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(copy);
        try
        {
            using var response = await queues.GetQueueClient(copy.QueueName).DeleteMessageAsync(copy.MessageId, copy.PopReceipt, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is Azure.RequestFailedException or HttpRequestException)
        {
            return false;
        }
    }

    private static TimeSpan? Clamped(TimeSpan delay) => delay <= TimeSpan.Zero ? null : delay > MaxDelay ? MaxDelay : delay;
}
