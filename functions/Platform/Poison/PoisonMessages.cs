using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Matchmaker.Platform.Audit;
using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Platform.Poison;

/// <summary>
/// The messages in the poison queues, and their replay: a replayed message goes back to its own queue as it
/// was (the same body, so its handler, which is idempotent, does its work once) and leaves the poison queue.
/// </summary>
/// <param name="queues">Without message encoding: a poison copy is the text its queue held, moved back byte for byte, whatever it is.</param>
public sealed class PoisonMessages([FromKeyedServices(StorageAccount.UnencodedQueues)] QueueServiceClient queues, AuditLog audit, TimeProvider time)
{

    // The most the queue service returns at once; a poison queue holding more is a matter for operations.
    private const int MaxPerQueue = 32;

    // A replay hides the poison queue's messages for this long while it looks for the one asked for.
    private static readonly TimeSpan SearchVisibility = TimeSpan.FromSeconds(30);

    public async Task<PoisonMessageList> ListAsync(CancellationToken cancellationToken)
    {
        var found = await Task.WhenAll(StorageNames.Queues.Select(async queue =>
        {
            var poison = queues.GetQueueClient(StorageNames.PoisonQueueOf(queue));
            try
            {
                var peeked = (await poison.PeekMessagesAsync(MaxPerQueue, cancellationToken)).Value;
                return peeked.Select(m => new PoisonMessageView(queue, m.MessageId, m.InsertedOn, m.DequeueCount, PoisonSummary.Of(m.MessageText)));
            }
            catch (RequestFailedException exception) when (exception.Status == 404)
            {
                return [];
            }
        }));
        return new([.. found.SelectMany(m => m).OrderBy(m => m.InsertedOn)]);
    }

    /// <returns>False when the queue holds no such message (replayed already, or never there).</returns>
    public async Task<bool> ReplayAsync(string queue, string messageId, Caller caller, CancellationToken cancellationToken)
    {
        var poison = queues.GetQueueClient(StorageNames.PoisonQueueOf(queue));
        QueueMessage[] received;
        try
        {
            received = (await poison.ReceiveMessagesAsync(MaxPerQueue, SearchVisibility, cancellationToken)).Value;
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return false;
        }

        var target = received.FirstOrDefault(m => m.MessageId == messageId);
        // The others were only looked at: visible again at once for the next look or replay.
        await Task.WhenAll(received.Where(m => m != target).Select(m => poison.UpdateMessageAsync(m.MessageId, m.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: cancellationToken)));
        if (target is null)
        {
            return false;
        }

        // Sent before the poison copy is deleted: a failure between the two leaves a copy in each, never none.
        await queues.GetQueueClient(queue).SendMessageAsync(target.MessageText, cancellationToken);
        await poison.DeleteMessageAsync(target.MessageId, target.PopReceipt, cancellationToken);
        await audit.AppendAsync(
            new AuditEntity { PartitionKey = $"poison-{queue}", Actor = AuditActor.Of(caller), Action = AuditActions.PoisonReplayed, Reason = messageId, At = time.GetUtcNow() },
            cancellationToken);
        return true;
    }
}
