using System.Reflection;
using System.Text;
using System.Text.Json;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Matchmaker.Platform.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Platform.Hosting.Standalone;

/// <summary>
/// Runs one queue message through its function with the Functions host's semantics: delete on success;
/// on failure make it visible again after <c>visibilityTimeout</c>, or, once it has been dequeued
/// <c>maxDequeueCount</c> times, copy it unchanged to <c>&lt;queue&gt;-poison</c> and delete it. A message
/// dequeued more often than that already goes to poison without running. Through an outage of what the
/// function depends on, one try runs it again for a while first (<see cref="OutageRetry"/>). While the function
/// runs, the message's lease is renewed (<see cref="MessageLeaseRenewal"/>).
/// </summary>
/// <param name="queue">A client with no message encoding, so that text moves to the poison queue byte for byte.</param>
public sealed partial class QueueMessageProcessor(
    FunctionDescriptor function,
    QueueClient queue,
    QueueClient poisonQueue,
    QueueHostOptions options,
    QueueOutageOptions leases,
    IServiceScopeFactory scopes,
    OutageRetry outageRetry,
    ILogger logger)
{
    public async Task ProcessAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        // Dequeued more often than allowed means every try so far ended with the process, not with an
        // exception (a crash, a kill, a lease lost mid-run): as the Functions host does, it goes to poison
        // without another try, which would most likely end the same way.
        if (message.DequeueCount > options.MaxDequeueCount)
        {
            LogPoisonedUnrun(logger, function.Name, message.MessageId, message.DequeueCount, poisonQueue.Name);
            await MoveToPoisonAsync(message, message.PopReceipt, cancellationToken);
            return;
        }

        Exception? failure = null;
        var lease = MessageLeaseRenewal.Start(queue, message, leases.MessageLease, leases.LongestRun, logger);
        await using (lease)
        {
            try
            {
                await outageRetry.RunAsync(function.Name, async () =>
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await FunctionInvoker.InvokeAsync(function, scope.ServiceProvider, p => Bind(p, message, cancellationToken));
                }, cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                failure = exception;
            }
        }

        if (failure is not null)
        {
            await HandleFailureAsync(message, lease.PopReceipt, failure, cancellationToken);
            return;
        }

        await queue.DeleteMessageAsync(message.MessageId, lease.PopReceipt, cancellationToken);
    }

    private async Task HandleFailureAsync(QueueMessage message, string popReceipt, Exception exception, CancellationToken cancellationToken)
    {
        if (message.DequeueCount >= options.MaxDequeueCount)
        {
            LogPoisoned(logger, exception, function.Name, message.MessageId, message.DequeueCount, poisonQueue.Name);
            await MoveToPoisonAsync(message, popReceipt, cancellationToken);
            return;
        }

        LogFailed(logger, exception, function.Name, message.MessageId, message.DequeueCount, options.MaxDequeueCount);
        await queue.UpdateMessageAsync(message.MessageId, popReceipt, visibilityTimeout: options.VisibilityTimeout, cancellationToken: cancellationToken);
    }

    private async Task MoveToPoisonAsync(QueueMessage message, string popReceipt, CancellationToken cancellationToken)
    {
        await poisonQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await poisonQueue.SendMessageAsync(message.MessageText, cancellationToken);
        await queue.DeleteMessageAsync(message.MessageId, popReceipt, cancellationToken);
    }

    private object? Bind(ParameterInfo parameter, QueueMessage message, CancellationToken cancellationToken)
    {
        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return cancellationToken;
        }

        if (parameter != function.TriggerParameter)
        {
            throw new NotSupportedException($"Function '{function.Name}': cannot bind parameter '{parameter.Name}'.");
        }

        var body = Decode(message.MessageText);
        var type = parameter.ParameterType;
        return type == typeof(string) ? body.ToString()
            : type == typeof(BinaryData) ? body
            : type == typeof(byte[]) ? body.ToArray()
            : type == typeof(QueueMessage) ? QueuesModelFactory.QueueMessage(
                message.MessageId, message.PopReceipt, body, message.DequeueCount, message.NextVisibleOn, message.InsertedOn, message.ExpiresOn)
            : JsonSerializer.Deserialize(body, type, MatchmakerJson.Options) ?? throw new JsonException("The queue message is null.");
    }

    private BinaryData Decode(string text) => options.MessageEncoding == QueueMessageEncoding.Base64
        ? new BinaryData(Convert.FromBase64String(text))
        : new BinaryData(Encoding.UTF8.GetBytes(text));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Function {Function} failed on message {MessageId} (try {DequeueCount} of {MaxDequeueCount}); it will be retried")]
    private static partial void LogFailed(ILogger logger, Exception exception, string function, string messageId, long dequeueCount, int maxDequeueCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Message {MessageId} for function {Function} was dequeued {DequeueCount} times without finishing; moved to {PoisonQueue} without running it")]
    private static partial void LogPoisonedUnrun(ILogger logger, string function, string messageId, long dequeueCount, string poisonQueue);

    [LoggerMessage(Level = LogLevel.Error, Message = "Function {Function} failed on message {MessageId} {DequeueCount} times; moved to {PoisonQueue}")]
    private static partial void LogPoisoned(ILogger logger, Exception exception, string function, string messageId, long dequeueCount, string poisonQueue);
}
