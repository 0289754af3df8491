using System.Globalization;
using Matchmaker.Model.Explaining;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;
using static Matchmaker.Tests.Unit.Ranking.ReasonSamples;

namespace Matchmaker.Tests.Unit.Ranking;

public sealed class ReasonWriterTests
{
    private static readonly ReasonWriter Writer = new(Taxonomy.Default, Statistics);

    [Theory]
    [InlineData(PairFeature.RequiredCoverageExact, "has 4 of 5 required skills: PHP, JavaScript, Linux and 1 more")]
    [InlineData(PairFeature.RequiredCoverageRelated, "knows TypeScript, close to the required React")]
    [InlineData(PairFeature.LevelFit, "meets the level asked in PHP, Linux and accessibility")]
    [InlineData(PairFeature.NiceToHaveCoverage, "also has a nice-to-have skill: Docker")]
    [InlineData(PairFeature.IdfOverlap, "shares a rare skill: Docker")]
    [InlineData(PairFeature.TextSimilarity, "profile and need share 2 key words")]
    [InlineData(PairFeature.RateFit, "day rate of up to £220 meets the minimum of £160")]
    [InlineData(PairFeature.IncomeReach, "pays about £1,733 a month at 2 days a week, 83% of the £2,080 monthly target")]
    [InlineData(PairFeature.DaysFit, "available 3 days a week; the need asks 2")]
    [InlineData(PairFeature.LocationFit, "both in London")]
    [InlineData(PairFeature.InterestsOverlap, "interested in online shops, which the need mentions")]
    [InlineData(PairFeature.LearnTeachOverlap, "wants to learn Kubernetes, which the co-op can teach")]
    [InlineData(PairFeature.NeedFreshness, "need posted or updated in the last week")]
    [InlineData(PairFeature.ProfileFreshness, "profile updated in the last month")]
    public void Each_feature_that_alone_pushes_the_score_up_is_put_in_these_words(PairFeature feature, string expected)
    {
        var reasons = Writer.Write(WebShop, Developer, Features(WebShop, Developer), OnlyPositive(feature));

        var reason = Assert.Single(reasons);
        Assert.Equal(feature, reason.Feature);
        Assert.Equal(expected, reason.Text);
    }

    [Fact]
    public void The_three_largest_positive_contributions_give_the_reasons_largest_first()
    {
        float[] contributions = [0.1f, 0.05f, -0.2f, 0.02f, 0.01f, 0.03f, 0.5f, 0.04f, 0.2f, 0.3f, -0.1f, 0.06f, -0.3f, 0.07f];

        var reasons = Writer.Write(WebShop, Developer, Features(WebShop, Developer), contributions);

        Assert.Equal([PairFeature.RateFit, PairFeature.LocationFit, PairFeature.DaysFit], reasons.Select(r => r.Feature));
        Assert.Equal([0.5f, 0.3f, 0.2f], reasons.Select(r => r.Contribution));
        Assert.Equal(["day rate of up to £220 meets the minimum of £160", "both in London", "available 3 days a week; the need asks 2"], reasons.Select(r => r.Text));
    }

    [Fact]
    public void Fewer_positive_contributions_give_fewer_reasons_and_none_give_none()
    {
        var features = Features(WebShop, Developer);
        var two = Enumerable.Repeat(-1f, PairFeatures.Count).ToArray();
        two[(int)PairFeature.DaysFit] = 0.2f;
        two[(int)PairFeature.NiceToHaveCoverage] = 0.1f;

        Assert.Equal([PairFeature.DaysFit, PairFeature.NiceToHaveCoverage], Writer.Write(WebShop, Developer, features, two).Select(r => r.Feature));
        Assert.Empty(Writer.Write(WebShop, Developer, features, new float[PairFeatures.Count]));
        Assert.Empty(Writer.Write(WebShop, Developer, features, Enumerable.Repeat(-1f, PairFeatures.Count).ToArray()));
    }

    [Fact]
    public void A_rate_below_the_minimum_gives_no_rate_or_income_reason_even_when_every_contribution_is_positive()
    {
        var poorlyPaid = WebShop with { DayRateMin = 100, DayRateMax = 120 };

        var reasons = Writer.Write(poorlyPaid, Developer, Features(poorlyPaid, Developer), AllPositive(), count: PairFeatures.Count);

        Assert.DoesNotContain(reasons, r => r.Feature is PairFeature.RateFit or PairFeature.IncomeReach);
        Assert.DoesNotContain(reasons, r => r.Text.Contains("minimum", StringComparison.Ordinal));
        Assert.Equal(12, reasons.Count);
    }

    [Fact]
    public void A_rate_one_unit_under_the_minimum_gets_no_rate_reason_and_one_at_it_does()
    {
        var under = WebShop with { DayRateMin = 159.99, DayRateMax = null };
        var at = WebShop with { DayRateMin = 160, DayRateMax = null };

        Assert.Null(Reason(under, Developer, PairFeature.RateFit));
        Assert.Equal("day rate of £160 meets the minimum of £160", Reason(at, Developer, PairFeature.RateFit));
    }

    [Fact]
    public void Without_an_income_target_the_rate_reason_says_so_and_there_is_no_income_reason()
    {
        var anyPay = Developer with { MonthlyIncomeTarget = null };

        Assert.Equal("paid work (day rate of up to £220) and no income target to meet", Reason(WebShop, anyPay, PairFeature.RateFit));
        Assert.Null(Reason(WebShop, anyPay, PairFeature.IncomeReach));
        Assert.Null(Reason(WebShop with { DayRateMin = null, DayRateMax = null }, anyPay, PairFeature.RateFit));
    }

    [Fact]
    public void Pay_in_another_currency_is_written_with_its_own_sign_and_never_held_against_the_target()
    {
        var inPounds = Developer with { IncomeCurrency = "GBP" };
        var inEuros = WebShop with { PayCurrency = "EUR" };

        Assert.Equal("paid work (day rate of up to €220), in another currency than the income target", Reason(inEuros, inPounds, PairFeature.RateFit));
        Assert.Null(Reason(inEuros, inPounds, PairFeature.IncomeReach));
        Assert.Equal("paid work (day rate of up to €220) and no income target to meet", Reason(inEuros, inPounds with { MonthlyIncomeTarget = null }, PairFeature.RateFit));
        Assert.Equal("day rate of up to $220 meets the minimum of $160", Reason(WebShop with { PayCurrency = "USD" }, Developer with { IncomeCurrency = "usd" }, PairFeature.RateFit));
        Assert.Equal("day rate of up to NOK 220 meets the minimum of NOK 160", Reason(WebShop with { PayCurrency = "NOK" }, Developer, PairFeature.RateFit));
    }

    [Fact]
    public void A_need_that_pays_the_whole_target_says_so()
    {
        var wellPaid = WebShop with { DayRateMin = 300, DayRateMax = 300 };

        Assert.Equal("pays about £2,600 a month at 2 days a week, enough for the £2,080 monthly target", Reason(wellPaid, Developer, PairFeature.IncomeReach));
    }

    [Fact]
    public void Free_text_skills_are_named_by_their_text_and_partial_learning_by_what_the_co_op_teaches()
    {
        var need = WebShop with { RequiredSkills = [new(MatchKey.FreeText("Project Management"), SkillLevel.Working)], CanTeach = [MatchKey.FreeText("video editing")] };
        var person = Developer with { Skills = [new(MatchKey.FreeText("project management"), SkillLevel.Working)] };

        Assert.Equal("has the required skill: project management", Reason(need, person, PairFeature.RequiredCoverageExact));
        Assert.Equal("wants to learn video; the co-op can teach video editing", Reason(need, person, PairFeature.LearnTeachOverlap));
    }

    [Fact]
    public void Skills_the_person_lacks_or_holds_below_the_level_are_never_claimed()
    {
        var person = Developer with { Skills = [new("php", SkillLevel.Learning), new("docker", SkillLevel.Working)] };

        Assert.Equal("has 1 of 5 required skills: PHP", Reason(WebShop, person, PairFeature.RequiredCoverageExact));
        Assert.Null(Reason(WebShop, person, PairFeature.LevelFit));
        Assert.Null(Reason(WebShop, person with { Skills = [] }, PairFeature.RequiredCoverageExact));
        Assert.Null(Reason(WebShop, person, PairFeature.RequiredCoverageRelated));
    }

    [Theory]
    [InlineData(RemotePreference.RemoteOk, "Bristol", RemotePreference.RemoteOnly, "GB", "remote work suits both")]
    [InlineData(RemotePreference.OnSite, "Bristol", RemotePreference.OnSite, "GB", "both in GB")]
    [InlineData(RemotePreference.OnSite, "Bristol", RemotePreference.OnSite, "FR", null)]
    [InlineData(RemotePreference.OnSite, "London", RemotePreference.RemoteOnly, "GB", null)]
    [InlineData(RemotePreference.RemoteOnly, "London", RemotePreference.OnSite, "GB", null)]
    [InlineData(RemotePreference.OnSite, "London", RemotePreference.OnSite, "FR", null)]
    public void Place_is_a_reason_only_where_the_sides_agree(RemotePreference needRemote, string city, RemotePreference personRemote, string country, string? expected)
    {
        var need = WebShop with { Remote = needRemote };
        var person = Developer with { Remote = personRemote, City = city, Country = country };

        Assert.Equal(expected, Reason(need, person, PairFeature.LocationFit));
    }

    [Fact]
    public void Days_short_of_what_the_need_asks_are_no_reason()
    {
        Assert.Null(Reason(WebShop with { DaysPerWeek = 4 }, Developer, PairFeature.DaysFit));
        Assert.Equal("available 0.5 days a week; the need asks 0.5", Reason(WebShop with { DaysPerWeek = 0.5 }, Developer with { DaysPerWeek = 0.5 }, PairFeature.DaysFit));
    }

    [Fact]
    public void Old_needs_and_profiles_are_no_reason()
    {
        var old = WebShop with { UpdatedAt = Now.AddDays(-45) };
        var stale = Developer with { UpdatedAt = Now.AddDays(-200) };

        Assert.Null(Reason(old, stale, PairFeature.NeedFreshness));
        Assert.Null(Reason(old, stale, PairFeature.ProfileFreshness));
    }

    [Fact]
    public void Amounts_of_a_need_naming_no_currency_use_the_given_sign_and_invariant_numbers_whatever_the_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var need = WebShop with { DayRateMin = 1000, DayRateMax = 1220.5 };
            var reasons = new ReasonWriter(Taxonomy.Default, Statistics, "€").Write(need, Developer, Features(need, Developer), OnlyPositive(PairFeature.RateFit));

            Assert.Equal("day rate of up to €1,220.5 meets the minimum of €160", Assert.Single(reasons).Text);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    private static string? Reason(NeedProjection need, PersonProjection person, PairFeature feature) =>
        Writer.Write(need, person, Features(need, person), OnlyPositive(feature)).SingleOrDefault()?.Text;

    private static float[] OnlyPositive(PairFeature feature)
    {
        var contributions = Enumerable.Repeat(-0.5f, PairFeatures.Count).ToArray();
        contributions[(int)feature] = 1f;
        return contributions;
    }

    private static float[] AllPositive() => [.. Enumerable.Range(0, PairFeatures.Count).Select(i => 1f + i)];

    [Theory]
    [InlineData(PairFeature.RateFit, "day rate of up to £220 meets their minimum")]
    [InlineData(PairFeature.IncomeReach, "pays about £1,733 a month at 2 days a week, at least half of their monthly target")]
    public void Reasons_for_coordinators_and_co_ops_give_no_figure_drawn_from_the_persons_income_target(PairFeature feature, string expected)
    {
        var others = new ReasonWriter(Taxonomy.Default, Statistics, audience: ReasonAudience.Others);

        var reason = Assert.Single(others.Write(WebShop, Developer, Features(WebShop, Developer), OnlyPositive(feature)));

        Assert.Equal(expected, reason.Text);
        Assert.DoesNotContain("2,080", reason.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("160", reason.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_need_that_pays_enough_is_said_to_meet_their_target_without_naming_it()
    {
        var wellPaid = WebShop with { DayRateMin = 300, DayRateMax = 300 };
        var others = new ReasonWriter(Taxonomy.Default, Statistics, audience: ReasonAudience.Others);

        var reason = Assert.Single(others.Write(wellPaid, Developer, Features(wellPaid, Developer), OnlyPositive(PairFeature.IncomeReach)));

        Assert.Equal("pays about £2,600 a month at 2 days a week, enough for their monthly target", reason.Text);
    }
}
