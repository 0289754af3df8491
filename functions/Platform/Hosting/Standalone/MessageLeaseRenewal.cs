using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Platform.Hosting.Standalone;

/// <summary>
/// Keeps a message hidden while its function runs, as the Functions host does: every third of the lease it is
/// hidden for a whole lease again, so a run that takes longer than one lease is not delivered to a second
/// run meanwhile. Renewing stops with the run, or after the longest run allowed (a run that hangs then lets
/// its message come back, as a crashed one does). Each renewal gives the message a new pop receipt, which
/// completing or releasing the message must use.
/// </summary>
public sealed partial class MessageLeaseRenewal : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task renewing;
    private string popReceipt;

    private MessageLeaseRenewal(QueueClient queue, QueueMessage message, TimeSpan lease, TimeSpan longestRun, ILogger logger)
    {
        popReceipt = message.PopReceipt;
        renewing = RenewAsync(queue, message.MessageId, lease, longestRun, logger);
    }

    /// <summary>The message's pop receipt as of the last renewal.</summary>
    public string PopReceipt => Volatile.Read(ref popReceipt);

    public static MessageLeaseRenewal Start(QueueClient queue, QueueMessage message, TimeSpan lease, TimeSpan longestRun, ILogger logger) =>
        new(queue, message, lease, longestRun, logger);

    /// <summary>Stops renewing; a renewal already sent is waited for, so <see cref="PopReceipt"/> is the message's own.</summary>
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await renewing;
        stop.Dispose();
    }

    private async Task RenewAsync(QueueClient queue, string messageId, TimeSpan lease, TimeSpan longestRun, ILogger logger)
    {
        var every = TimeSpan.FromTicks(Math.Max(lease.Ticks / 3, TimeSpan.TicksPerMillisecond));
        var until = DateTimeOffset.UtcNow + longestRun;
        while (true)
        {
            try
            {
                await Task.Delay(every, stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (DateTimeOffset.UtcNow >= until)
            {
                LogGaveUp(logger, messageId, longestRun);
                return;
            }

            try
            {
                // Not cancelled with the run: a renewal cut off after it landed would leave a stale pop receipt.
                var renewed = await queue.UpdateMessageAsync(messageId, PopReceipt, visibilityTimeout: lease, cancellationToken: CancellationToken.None);
                Volatile.Write(ref popReceipt, renewed.Value.PopReceipt);
            }
            catch (RequestFailedException exception) when (exception.Status == 404)
            {
                // The lease ran out before this renewal (the process stalled) and another run has the message.
                LogLost(logger, messageId);
                return;
            }
            catch (Exception exception) when (exception is RequestFailedException || Outage.IsOutage(exception))
            {
                // Storage is out: the lease still runs, and the next renewal may get through.
                LogRenewalFailed(logger, exception.GetType().Name, messageId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The lease of message {MessageId} was lost while its function ran; another run may have it")]
    private static partial void LogLost(ILogger logger, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing the lease of message {MessageId} failed ({Error}); trying again at the next renewal")]
    private static partial void LogRenewalFailed(ILogger logger, string error, string messageId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The function on message {MessageId} ran longer than {LongestRun}; its lease is no longer renewed and the message will come back")]
    private static partial void LogGaveUp(ILogger logger, string messageId, TimeSpan longestRun);
}
