using Matchmaker.Needs;
using Matchmaker.Opportunities;
using Matchmaker.Profiles;

namespace Matchmaker.Tests.Unit.Opportunities;

public sealed class IncomeFitTests
{
    [Fact]
    public void A_person_without_a_target_gets_the_pay_but_no_comparison()
    {
        var fit = IncomeFit.Of(Person(null, days: 3), Need(200, 300, days: 2));

        Assert.Equal(new IncomeFit("GBP", 250, 2, 2166.67, null, null, null), fit);
    }

    [Fact]
    public void The_monthly_pay_counts_the_needs_days_but_never_more_than_the_persons()
    {
        // 5 days asked, 2 offered by the person: 200 x 2 x 52 / 12 = 1,733.33; minimum 2,080 / (2 x 52 / 12) = 240.
        var fit = IncomeFit.Of(Person(2080, days: 2), Need(200, 200, days: 5));

        Assert.Equal(new IncomeFit("GBP", 200, 2, 1733.33, 240, false, 0.833), fit);
    }

    [Theory]
    [InlineData(2080, 3, 160)]
    [InlineData(1300, 2.5, 120)]
    [InlineData(1000, 0.5, 461.54)]
    public void A_rate_equal_to_the_minimum_shown_meets_it(double target, double days, double rate)
    {
        var fit = IncomeFit.Of(Person(target, days), Need(rate, null, days));

        Assert.Equal(rate, fit.MinimumDayRate);
        Assert.True(fit.MeetsMinimum);
        Assert.False(IncomeFit.Of(Person(target, days), Need(rate - 0.01, null, days)).MeetsMinimum);
    }

    [Fact]
    public void An_unpaid_need_has_no_figures()
    {
        Assert.Equal(IncomeFit.Unpaid, IncomeFit.Of(Person(2080, days: 3), Need(null, null, days: 2)));
        Assert.Equal(IncomeFit.Unpaid, IncomeFit.Of(Person(2080, days: 3), Need(0, 0, days: 2)));
    }

    [Fact]
    public void A_target_in_another_currency_is_not_compared()
    {
        var need = Need(250, 250, days: 2);
        need.DayRateCurrency = "EUR";

        var fit = IncomeFit.Of(Person(2080, days: 3), need);

        Assert.Equal(new IncomeFit("EUR", 250, 2, 2166.67, null, null, null), fit);
    }

    private static ProfileEntity Person(double? target, double days) =>
        new() { PartitionKey = "person", IncomeMonthly = target, IncomeCurrency = "GBP", DaysPerWeek = days };

    private static NeedEntity Need(double? min, double? max, double days) =>
        new() { PartitionKey = "need", DayRateMin = min, DayRateMax = max, DayRateCurrency = "GBP", DaysPerWeek = days };
}
