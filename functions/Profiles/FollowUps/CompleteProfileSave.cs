using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Profiles.FollowUps;

/// <summary>Finishes the follow-ups of a profile save that its request could not finish (or does them again, harmlessly).</summary>
public sealed partial class CompleteProfileSave(ProfileFollowUps followUps, ILogger<CompleteProfileSave> logger)
{
    [Function(nameof(CompleteProfileSave))]
    public async Task Run([QueueTrigger(StorageNames.ProfileSavesQueue)] string body, CancellationToken cancellationToken)
    {
        // A message no retry can fix completes at once instead of churning into the poison queue.
        if (QueueJson.TryRead<ProfileSavedMessage>(body) is not { } saved
            || !EntityId.IsValid(saved.Id) || saved.ConsentsBefore is null || saved.ConsentsAfter is null)
        {
            LogMalformed(logger);
            return;
        }

        await followUps.CompleteAsync(saved, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a profile-saves message without a valid profile id and consent answers")]
    private static partial void LogMalformed(ILogger logger);
}
