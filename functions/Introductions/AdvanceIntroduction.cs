using Matchmaker.Email.Outbox;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Introductions;

/// <summary>Something may be due for an introduction (approved, answered, reminder or deadline time, or an email to send again): do it.</summary>
public sealed partial class AdvanceIntroduction(IntroductionFlow flow, QueueSender queue, ILogger<AdvanceIntroduction> logger)
{
    [Function(nameof(AdvanceIntroduction))]
    public async Task Run([QueueTrigger(StorageNames.IntroductionsQueue)] string body, CancellationToken cancellationToken)
    {
        if (QueueJson.TryRead<IntroductionMessage>(body) is not { } message || !IntroductionIds.IsValid(message.IntroductionId))
        {
            LogMalformed(logger);
            return;
        }

        try
        {
            if (message.EmailKey is null)
            {
                await flow.AdvanceAsync(message.IntroductionId, cancellationToken);
            }
            else if (IntroductionEmailKeys.TryParse(message.EmailKey, out _, out _))
            {
                await flow.SendAgainAsync(message.IntroductionId, message.EmailKey, cancellationToken);
            }
            else
            {
                LogMalformed(logger);
            }
        }
        catch (EmailBudgetSpentException spent)
        {
            // The same message comes back when the next day's budget starts; every step before the email is
            // done and is not done again.
            await queue.SendAsync(StorageNames.IntroductionsQueue, message, spent.RetryAfter, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored an introductions message without a valid introduction id or email key")]
    private static partial void LogMalformed(ILogger logger);
}
