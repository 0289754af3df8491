namespace Matchmaker.Testing;

/// <summary>
/// Waits for asynchronous work (queues, background services) to reach a state, with a generous bound; a wait
/// that runs out throws <see cref="TimeoutException"/>, which fails the test.
/// </summary>
public static class Eventually
{
    public static Task TrueAsync(Func<Task<bool>> condition, string what, int seconds = 60) =>
        TrueAsync(condition, what, () => "", seconds);

    /// <param name="details">What to add to the failure message, read when the wait has failed.</param>
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, Func<string> details, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting until {what}.{details()}");
            }

            await Task.Delay(100);
        }
    }
}
