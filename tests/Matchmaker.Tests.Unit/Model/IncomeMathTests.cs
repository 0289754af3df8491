using Matchmaker.Model.Matching;

namespace Matchmaker.Tests.Unit.Model;

public sealed class IncomeMathTests
{
    [Theory]
    [InlineData(125.0, 375.0, 250.0)]
    [InlineData(0.0, 300.0, 150.0)]
    [InlineData(null, 180.0, 180.0)]
    [InlineData(180.0, null, 180.0)]
    [InlineData(double.NaN, 200.0, 200.0)]
    [InlineData(-5.0, 200.0, 200.0)]
    public void The_day_rate_is_the_middle_of_the_valid_rates(double? min, double? max, double expected) =>
        Assert.Equal(expected, IncomeMath.MidDayRate(min, max));

    [Fact]
    public void No_valid_rate_is_no_day_rate() =>
        Assert.Null(IncomeMath.MidDayRate(null, double.PositiveInfinity));
}
