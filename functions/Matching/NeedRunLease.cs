using Azure;

namespace Matchmaker.Matching;

/// <summary>
/// One run's hold on a need: its number, the last completed run's number when it took the need, and the
/// ETag its claim left on the row (unchanged for as long as no other run takes the need).
/// </summary>
public sealed record NeedRunLease(string NeedId, long Number, long CompletedBefore, ETag ETag);
