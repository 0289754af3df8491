using Matchmaker.Model.Matching;

namespace Matchmaker.Tests.Model;

public sealed class IncomeMathTests
{
    [Fact]
    public void The_minimum_day_rate_of_2080_a_month_in_3_days_is_160()
    {
        Assert.Equal(160, IncomeMath.MinimumDayRate(2080, 3)!.Value, precision: 9);
        Assert.Equal(960, IncomeMath.MinimumDayRate(2080, 0.5)!.Value, precision: 9);
    }

    [Theory]
    [InlineData(null, 3)]
    [InlineData(0.0, 3)]
    [InlineData(-10.0, 3)]
    [InlineData(double.NaN, 3)]
    [InlineData(2080.0, 0)]
    [InlineData(2080.0, double.NaN)]
    public void There_is_no_minimum_day_rate_without_a_positive_target_and_days(double? target, double days) =>
        Assert.Null(IncomeMath.MinimumDayRate(target, days));

    [Fact]
    public void Monthly_pay_is_rate_times_days_times_52_over_12()
    {
        Assert.Equal(2080, IncomeMath.MonthlyPay(160, 3), precision: 9);
        Assert.Equal(250 * 2 * 52 / 12.0, IncomeMath.MonthlyPay(250, 2), precision: 9);
    }
}
