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
    // Neither is disposed: the semaphore holds no wait handle (AvailableWaitHandle is never read) and the token
    // source no timer, and a permit handed back after the limit is disposed must not throw in a timer callback.
    private readonly SemaphoreSlim slots = new(permits, permits);
    private readonly CancellationTokenSource disposed = new();

    /// <summary>For a rate in requests a second: whole permits over the window that gives that rate.</summary>
    public static SendRateLimit PerSecond(double rate, TimeProvider time)
    {
        var permits = (int)Math.Max(1, Math.Floor(rate));
        return new SendRateLimit(permits, TimeSpan.FromSeconds(permits / Math.Max(rate, 0.01)), time);
    }

    /// <summary>Waits for a permit; disposing the result gives it back one window later.</summary>
    public async Task<IDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed.IsCancellationRequested, this);
        await slots.WaitAsync(cancellationToken);
        return new Permit(this);
    }

    /// <summary>Stops the timers of permits still waiting to be handed back.</summary>
    public void Dispose() => disposed.Cancel();

    private async Task ReleaseLaterAsync()
    {
        try
        {
            await Task.Delay(window, time, disposed.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        slots.Release();
    }

    private sealed class Permit(SendRateLimit limit) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                _ = limit.ReleaseLaterAsync();
            }
        }
    }
}
