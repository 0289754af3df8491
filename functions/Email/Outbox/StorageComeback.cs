using Matchmaker.Platform.Hosting;

namespace Matchmaker.Email.Outbox;

/// <summary>
/// Tries a storage step again while storage is out, for about half a minute: for the outbox's writes around
/// a send, where giving up at once would leave a row that no later run can read the truth from.
/// </summary>
public static class StorageComeback
{
    private static readonly TimeSpan[] Waits = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(15)];

    /// <summary>Runs <paramref name="step"/>, and again after each wait while it meets an outage; past the last, throws what it met.</summary>
    public static async Task<T> RunAsync<T>(Func<Task<T>> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await step();
            }
            catch (Exception exception) when (attempt < Waits.Length && Outage.IsOutageOrTimeout(exception, cancellationToken))
            {
                await Task.Delay(Waits[attempt], cancellationToken);
            }
        }
    }
}
