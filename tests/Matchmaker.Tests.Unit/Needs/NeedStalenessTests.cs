using Matchmaker.Needs;

namespace Matchmaker.Tests.Unit.Needs;

public sealed class NeedStalenessTests
{
    private static readonly DateTimeOffset Posted = new(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly NeedOptions Options = new();

    [Fact]
    public void An_open_need_is_fresh_for_60_days_from_its_last_renewal_then_going_stale()
    {
        var need = new NeedEntity { Status = NeedStatus.Open, UpdatedAt = Posted, FreshSince = Posted.AddDays(10) };

        Assert.Equal(new NeedStaleness(NeedStaleness.Fresh, Posted.AddDays(70), null), NeedStaleness.Of(need, Options, Posted.AddDays(69)));
        Assert.Equal(new NeedStaleness(NeedStaleness.GoingStale, Posted.AddDays(70), null), NeedStaleness.Of(need, Options, Posted.AddDays(70)));
    }

    [Fact]
    public void A_reminded_need_closes_14_days_after_its_reminder_and_a_need_stored_before_renewals_counts_from_its_last_change()
    {
        var need = new NeedEntity { Status = NeedStatus.Open, UpdatedAt = Posted, RemindedAt = Posted.AddDays(61) };

        Assert.Equal(new NeedStaleness(NeedStaleness.Reminded, Posted.AddDays(60), Posted.AddDays(75)), NeedStaleness.Of(need, Options, Posted.AddDays(62)));
    }

    [Fact]
    public void A_closed_need_has_no_staleness()
    {
        Assert.Null(NeedStaleness.Of(new NeedEntity { Status = NeedStatus.Closed, UpdatedAt = Posted }, Options, Posted.AddDays(100)));
    }
}
