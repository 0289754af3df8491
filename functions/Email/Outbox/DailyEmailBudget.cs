using Matchmaker.Platform.Limits;
using Microsoft.Extensions.Options;

namespace Matchmaker.Email.Outbox;

/// <summary>
/// How many emails the whole app may send in a UTC day (<see cref="LimitOptions.EmailsPerDay"/>), counted in the
/// shared <c>limits</c> table so every instance spends from the same budget. 0 turns it off.
/// </summary>
public sealed class DailyEmailBudget(LimitCounter counter, IOptions<LimitOptions> options, TimeProvider time)
{
    private const string Key = "emails-per-day";
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    /// <summary>Today's number, to record on an email counted today so its retries today are not counted again.</summary>
    public long Today => time.GetUtcNow().UtcTicks / Day.Ticks;

    /// <returns>null when the email is counted; otherwise how long until the budget starts again at midnight UTC.</returns>
    public async Task<TimeSpan?> TryTakeAsync(CancellationToken cancellationToken)
    {
        var limit = options.Value.EmailsPerDay;
        return limit <= 0 ? null : await counter.TryTakeAsync(Key, limit, Day, cancellationToken);
    }
}
