namespace Matchmaker.Email.Outbox;

/// <summary>
/// At most <c>permits</c> requests in any <c>window</c>, as the receiving server sees them: a request holds a
/// permit from before it starts until one window after its answer came. So of any permits + 1 requests, two
/// used the same permit, and the later one started a whole window after the earlier one had arrived, however
/// the network delayed either. (A token bucket spaces the starts only, and a stalled first connection lets
/// the next requests arrive in a bunch.)
/// </summary>
public sealed class SendRateLimit(int permits, TimeSpan window, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim slots = new(permits, permits);

    /// <summary>For a rate in requests a second: whole permits over the window that gives that rate.</summary>
    public static SendRateLimit PerSecond(double rate, TimeProvider time)
    {
        var permits = (int)Math.Max(1, Math.Floor(rate));
        return new SendRateLimit(permits, TimeSpan.FromSeconds(permits / Math.Max(rate, 0.01)), time);
    }

    /// <summary>Waits for a permit; disposing the result gives it back one window later.</summary>
    public async Task<IDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        await slots.WaitAsync(cancellationToken);
        return new Permit(this);
    }

    public void Dispose() => slots.Dispose();

    private void ReleaseLater() =>
        _ = Task.Delay(window, time).ContinueWith(_ => slots.Release(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    private sealed class Permit(SendRateLimit limit) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                limit.ReleaseLater();
            }
        }
    }
}
