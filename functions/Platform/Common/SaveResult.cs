namespace Matchmaker.Platform.Common;

/// <summary>The outcome of a conditional update: saved (with the saved value), not found (or not the caller's), or stale (ETag mismatch).</summary>
public sealed record SaveResult<T>(SaveOutcome Outcome, T? Value = null) where T : class;
