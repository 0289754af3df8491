using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaker.Platform.Hosting;

/// <summary>
/// Runs a queue message's function again while what it depends on is out (storage, the email service), after
/// growing waits of 1 s, 2 s, 4 s ... up to a minute, for at most <see cref="QueueOutageOptions.OutageBudget"/>.
/// The queue's own retries come 5 s apart, so without this half a minute of trouble poisons a message. Every
/// queue handler is idempotent, so running one again after part of its work was done is safe. A failure
/// that is not an outage (a bug, bad data) fails at once, as before.
/// </summary>
public sealed partial class OutageRetry(IOptions<QueueOutageOptions> options, TimeProvider time, ILogger<OutageRetry> logger)
{
    private static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(1);

    public async Task RunAsync(string function, Func<Task> run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var started = time.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            var wait = Wait(attempt);
            try
            {
                await run();
                return;
            }
            catch (Exception exception) when (Outage.IsOutageOrTimeout(exception, cancellationToken)
                && time.GetElapsedTime(started) + wait <= options.Value.OutageBudget)
            {
                LogWaiting(logger, exception, function, attempt, wait);
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private static TimeSpan Wait(int attempt) =>
        TimeSpan.FromTicks(Math.Min(FirstWait.Ticks << Math.Min(attempt - 1, 16), LongestWait.Ticks));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Function {Function} met an outage (try {Attempt} of this message); running it again in {Wait}")]
    private static partial void LogWaiting(ILogger logger, Exception exception, string function, int attempt, TimeSpan wait);
}
