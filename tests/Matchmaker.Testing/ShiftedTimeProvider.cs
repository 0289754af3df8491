namespace Matchmaker.Testing;

/// <summary>
/// The real clock, moved forward by what the test adds: time passes as usual (so files named by time still sort
/// in the order they were written), and a test can jump past a deadline without waiting for it.
/// </summary>
public sealed class ShiftedTimeProvider : TimeProvider
{
    private long shiftTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref shiftTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref shiftTicks, by.Ticks);
}
