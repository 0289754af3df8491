using Matchmaker.Email.Outbox;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Profiles.AccountEmails;

/// <summary>Sends a confirmation or sign-in email that its request did not send (or finds it sent).</summary>
public sealed partial class SendAccountEmail(AccountEmailSender emails, QueueSender queue, ILogger<SendAccountEmail> logger)
{
    [Function(nameof(SendAccountEmail))]
    public async Task Run([QueueTrigger(StorageNames.AccountEmailsQueue)] string body, CancellationToken cancellationToken)
    {
        // A message no retry can fix completes at once instead of churning into the poison queue.
        if (QueueJson.TryRead<AccountEmailMessage>(body) is not { } message
            || !EntityId.IsValid(message.ProfileId) || !AccountEmailKind.IsKnown(message.Kind) || string.IsNullOrEmpty(message.EmailKey))
        {
            LogMalformed(logger);
            return;
        }

        try
        {
            await emails.SendAsync(message, cancellationToken);
        }
        catch (EmailBudgetSpentException spent)
        {
            // Back when the next day's budget starts, rather than through the queue's quick retries into poison.
            await queue.SendAsync(StorageNames.AccountEmailsQueue, message, spent.RetryAfter, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored an account-emails message without a valid profile id, kind and email key")]
    private static partial void LogMalformed(ILogger logger);
}
