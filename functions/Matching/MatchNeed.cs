using Matchmaker.Needs;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Matching;

/// <summary>A need was saved or closed, or is due for re-matching: make its suggestions again.</summary>
public sealed partial class MatchNeed(NeedMatcher matcher, ILogger<MatchNeed> logger)
{
    [Function(nameof(MatchNeed))]
    public async Task Run([QueueTrigger(StorageNames.NeedUpdatesQueue)] string body, CancellationToken cancellationToken)
    {
        // A message no retry can fix completes at once instead of churning into the poison queue.
        if (QueueJson.TryRead<NeedUpdatedMessage>(body) is not { } message || !EntityId.IsValid(message.Id) || message.Version < 1)
        {
            LogMalformed(logger);
            return;
        }

        await matcher.MatchAsync(message, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a need-updates message without a valid need id and version")]
    private static partial void LogMalformed(ILogger logger);
}
