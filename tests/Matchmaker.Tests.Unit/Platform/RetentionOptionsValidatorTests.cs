using Matchmaker.Platform.Retention;

namespace Matchmaker.Tests.Unit.Platform;

public sealed class RetentionOptionsValidatorTests
{
    private static readonly string[] Periods =
        ["UnconfirmedProfileDays", "OutboxDays", "IntroductionTokenDays", "RejectedSuggestionDays", "ExpiredSuggestionDays", "DecisionDays", "AuditDays", "LimitCounterDays"];

    [Fact]
    public void The_default_periods_are_accepted()
    {
        Assert.True(new RetentionOptionsValidator().Validate(null, new RetentionOptions()).Succeeded);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(-30, false)]
    [InlineData(1, true)]
    [InlineData(3650, true)]
    [InlineData(3651, false)]
    public void Every_period_must_be_from_one_day_to_ten_years_so_none_keeps_data_forever(int days, bool accepted)
    {
        foreach (var period in Periods)
        {
            var options = new RetentionOptions();
            typeof(RetentionOptions).GetProperty(period)!.SetValue(options, days);

            var result = new RetentionOptionsValidator().Validate(null, options);

            Assert.Equal(accepted, result.Succeeded);
            if (!accepted)
            {
                Assert.StartsWith($"Matchmaker:Retention:{period} is {days}; it must be a number of days from 1 to 3650.", Assert.Single(result.Failures!), StringComparison.Ordinal);
            }
        }
    }
}
