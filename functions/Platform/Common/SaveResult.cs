namespace Matchmaker.Platform.Common;

/// <summary>
/// The outcome of a conditional update: saved (with the saved value), not found (or not the caller's), stale
/// (ETag mismatch), or refused by a rate limit (with how long to wait).
/// </summary>
public sealed record SaveResult<T>(SaveOutcome Outcome, T? Value = null, TimeSpan? RetryAfter = null) where T : class;
