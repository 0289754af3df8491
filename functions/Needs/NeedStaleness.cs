namespace Matchmaker.Needs;

/// <summary>
/// How close an open need is to closing itself: <c>fresh</c> until <see cref="StaleFrom"/>; then
/// <c>going-stale</c> until the daily sweep reminds its co-op; then <c>reminded</c>, closing at
/// <see cref="ClosesAt"/> unless edited or renewed first.
/// </summary>
public sealed record NeedStaleness(string State, DateTimeOffset StaleFrom, DateTimeOffset? ClosesAt)
{
    public const string Fresh = "fresh";
    public const string GoingStale = "going-stale";
    public const string Reminded = "reminded";

    /// <returns>Null for a closed need: nothing more will happen to it.</returns>
    public static NeedStaleness? Of(NeedEntity need, NeedOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(options);
        if (need.Status != NeedStatus.Open)
        {
            return null;
        }

        var staleFrom = need.StalenessClock + options.StaleAfter;
        return need.RemindedAt is { } reminded
            ? new NeedStaleness(Reminded, staleFrom, reminded + options.CloseAfterReminder)
            : new NeedStaleness(now >= staleFrom ? GoingStale : Fresh, staleFrom, null);
    }
}
