using Matchmaker.Matching;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;
using Matchmaker.Needs;
using Matchmaker.Profiles;

namespace Matchmaker.Tests.Unit.Matching;

public sealed class MatchingProjectionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("GBP", 100 / 160.0)]
    [InlineData("EUR", 1.0)]
    public void Projections_carry_both_currencies_so_a_rate_is_held_only_against_a_target_in_its_own(string payCurrency, double rateFit)
    {
        // Target 2,080 a month in 3 days a week: a minimum of 160 a day, which 100 a day reaches 100 / 160 of.
        var profile = new ProfileEntity { PartitionKey = "person", IncomeMonthly = 2080, IncomeCurrency = "GBP", DaysPerWeek = 3, UpdatedAt = Now };
        var need = new NeedEntity { PartitionKey = "need", CoopId = "coop", DayRateMin = 100, DayRateCurrency = payCurrency, DaysPerWeek = 1, UpdatedAt = Now };

        var person = MatchingProjections.Of(profile);
        var projected = MatchingProjections.Of(need);
        var features = new PairFeatureExtractor(Taxonomy.Default, SkillStatistics.Build([person], [projected])).Extract(projected, person, Now);

        Assert.Equal("GBP", person.IncomeCurrency);
        Assert.Equal(payCurrency, projected.PayCurrency);
        Assert.Equal(rateFit, features[(int)PairFeature.RateFit], precision: 5);
    }
}
