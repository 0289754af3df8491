using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaker.Platform.Hosting.Standalone;

/// <summary>
/// Polls one queue for one function like the Functions host: up to <c>batchSize</c> messages at a time,
/// a new batch once no more than <c>newBatchThreshold</c> are still running, and a polling interval that
/// backs off to <c>maxPollingInterval</c> while the queue is empty.
/// </summary>
public sealed partial class QueueTriggerListener(
    FunctionDescriptor function,
    QueueServiceClient unencodedQueues,
    QueueHostOptions options,
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    OutageRetry outageRetry,
    IOptions<QueueOutageOptions> queueOptions,
    ILogger<QueueTriggerListener> logger) : BackgroundService
{
    private static readonly TimeSpan MinimumPollingInterval = TimeSpan.FromMilliseconds(100);

    public string QueueName { get; } = BindingExpression.Resolve(((QueueTriggerAttribute)function.Trigger).QueueName, configuration);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var queue = unencodedQueues.GetQueueClient(QueueName);
        var processor = new QueueMessageProcessor(
            function, queue, unencodedQueues.GetQueueClient($"{QueueName}-poison"), options, queueOptions.Value, scopes, outageRetry, logger);
        var running = new List<Task>();
        var delay = MinimumPollingInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            running.RemoveAll(task => task.IsCompleted);
            if (running.Count > options.NewBatchThreshold)
            {
                await Task.WhenAny(running);
                continue;
            }

            QueueMessage[] messages;
            try
            {
                // Hidden while its function runs (which takes seconds, or up to the outage budget through an outage).
                messages = (await queue.ReceiveMessagesAsync(options.BatchSize, queueOptions.Value.MessageLease, stoppingToken)).Value;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogPollFailed(logger, exception, QueueName);
                messages = [];
            }

            running.AddRange(messages.Select(message => ProcessSafelyAsync(processor, message, stoppingToken)));
            delay = messages.Length > 0 ? MinimumPollingInterval : Next(delay);
            if (messages.Length == 0)
            {
                await Task.Delay(delay, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        await Task.WhenAll(running);
    }

    private TimeSpan Next(TimeSpan delay) =>
        TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, Math.Max(options.MaxPollingInterval.Ticks, MinimumPollingInterval.Ticks)));

    private async Task ProcessSafelyAsync(QueueMessageProcessor processor, QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await processor.ProcessAsync(message, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Storage failed while completing or releasing: the lease runs out and the message comes back.
            LogCompletionFailed(logger, exception, function.Name, message.MessageId);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the message becomes visible again when its lease ends.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling queue {Queue} failed")]
    private static partial void LogPollFailed(ILogger logger, Exception exception, string queue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Function {Function} could not complete message {MessageId}")]
    private static partial void LogCompletionFailed(ILogger logger, Exception exception, string function, string messageId);
}
