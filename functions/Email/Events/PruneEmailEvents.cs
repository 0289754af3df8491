using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaker.Email.Events;

/// <summary>Every night, deletes the processed SendGrid events older than <see cref="EmailOptions.EventRetention"/>.</summary>
public sealed partial class PruneEmailEvents(EmailEventStore events, IOptions<EmailOptions> options, TimeProvider time, ILogger<PruneEmailEvents> logger)
{
    public static readonly TimeSpan MinimumRetention = TimeSpan.FromDays(1);

    [Function(nameof(PruneEmailEvents))]
    public async Task Run([TimerTrigger("0 43 3 * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        // Never less than a day: SendGrid repeats an event for up to 24 hours, and a row deleted sooner would let a repeat count twice.
        var retention = options.Value.EventRetention < MinimumRetention ? MinimumRetention : options.Value.EventRetention;
        var deleted = await events.DeleteReceivedBeforeAsync(time.GetUtcNow() - retention, cancellationToken);
        LogPruned(logger, deleted);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} processed email events past their retention")]
    private static partial void LogPruned(ILogger logger, int count);
}
