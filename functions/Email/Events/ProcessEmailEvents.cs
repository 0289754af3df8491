using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Email.Events;

/// <summary>A verified batch of SendGrid events was stored: process its events.</summary>
public sealed partial class ProcessEmailEvents(EmailEventProcessor processor, ILogger<ProcessEmailEvents> logger)
{
    [Function(nameof(ProcessEmailEvents))]
    public async Task Run([QueueTrigger(StorageNames.EmailEventsQueue)] string body, CancellationToken cancellationToken)
    {
        // A message no retry can fix completes at once instead of churning into the poison queue.
        if (QueueJson.TryRead<EmailEventBatchMessage>(body) is not { } message || !EmailEventBatches.IsValidName(message.Batch))
        {
            LogMalformed(logger);
            return;
        }

        await processor.ProcessAsync(message.Batch, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored an email-events message without a valid batch name")]
    private static partial void LogMalformed(ILogger logger);
}
