namespace Matchmaker.Testing;

/// <summary>
/// A clock the test moves by hand: <see cref="GetUtcNow"/> is what the test set. Timers and delays still run on
/// real time (TimeProvider's own), so short waits such as retry back-offs happen as usual while what compares
/// the time of day (deadlines, breaks, retention) sees the clock the test moved.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
