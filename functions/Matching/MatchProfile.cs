using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;
using Matchmaker.Profiles;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Matching;

/// <summary>
/// A profile was saved, confirmed or erased: bring its skill index rows in line, then queue the needs it may fit
/// (or, for a profile that can no longer be matched, withdraw its pending suggestions).
/// </summary>
public sealed partial class MatchProfile(SkillIndexer indexer, ProfileMatcher matcher, ILogger<MatchProfile> logger)
{
    [Function(nameof(MatchProfile))]
    public async Task Run([QueueTrigger(StorageNames.ProfileUpdatesQueue)] string body, CancellationToken cancellationToken)
    {
        // A message no retry can fix completes at once instead of churning into the poison queue.
        if (QueueJson.TryRead<ProfileUpdatedMessage>(body) is not { } message || !EntityId.IsValid(message.Id))
        {
            LogMalformed(logger);
            return;
        }

        await indexer.IndexAsync(message.Id, cancellationToken);
        await matcher.MatchAsync(message.Id, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a profile-updates message without a valid profile id")]
    private static partial void LogMalformed(ILogger logger);
}
