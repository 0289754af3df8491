namespace Matchmaker.Platform.Common;

public enum SaveOutcome
{
    Saved,
    NotFound,
    Stale,

    /// <summary>Refused by a rate limit before anything was written; <see cref="SaveResult{T}.RetryAfter"/> says when to try again.</summary>
    TooMany,
}
