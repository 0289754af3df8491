using Matchmaker.Model.Advice;
using Matchmaker.Model.Matching;
using static Matchmaker.Tests.Unit.Opportunities.AdviceScenario;

namespace Matchmaker.Tests.Unit.Opportunities;

public sealed class AdvicePortfolioTests
{
    [Fact]
    public void The_newcomer_reaches_2080_a_month_within_3_days_with_the_project_owner_role_and_never_the_react_role()
    {
        var portfolio = Advise(Newcomer, [.. All]).Portfolio;

        // 125-375 a day: the middle, 250, for 2 days is 250 x 2 x 52 / 12 = 2,166.67 a month. With hosting support
        // it would take 4 days; hosting support alone pays 180 x 2 x 52 / 12 = 1,560.
        Assert.Equal([ProjectOwner.Id], portfolio.Needs.Select(n => n.Need.Id));
        Assert.Equal(2166.67, portfolio.MonthlyIncome);
        Assert.Equal(2, portfolio.DaysPerWeek);
        Assert.True(portfolio.MeetsTarget);
        Assert.Equal(0, portfolio.Shortfall);
        Assert.Equal("Reaches your £2,080 monthly target: £2,166.67 a month in 2 of your 3 days a week.", portfolio.Summary);
        Assert.Equal(["has every required skill: Co-op development (expert)", "£250 a day for 2 days a week: £2,166.67 a month"], portfolio.Needs[0].Reasons);
    }

    [Fact]
    public void The_react_role_stays_out_on_skills_alone_even_at_2_days_with_the_best_score_and_pay()
    {
        var react = React with { DaysPerWeek = 2, DayRateMin = 500, DayRateMax = 500 };

        var portfolio = Advise(Newcomer, react, HostingSupport).Portfolio;

        Assert.Equal([HostingSupport.Id], portfolio.Needs.Select(n => n.Need.Id));
        Assert.False(portfolio.MeetsTarget);
        Assert.Equal(520, portfolio.Shortfall);
        Assert.Equal("£520 short of your £2,080 monthly target: the fitting needs that pay most pay £1,560 a month in 2 of your 3 days a week (of the other open needs, 1 asks for a skill you do not have yet).", portfolio.Summary);
    }

    [Fact]
    public void A_required_skill_held_through_a_close_skill_one_level_above_counts_and_the_reason_says_so()
    {
        var reasons = Advise(Newcomer, HostingSupport).Portfolio.Needs.Single().Reasons;

        Assert.Equal("has every required skill: Linux (expert) and Nextcloud (through Linux, expert)", reasons[0]);
    }

    [Fact]
    public void With_no_fitting_needs_the_portfolio_is_empty_and_says_the_whole_target_is_missing_and_why()
    {
        var portfolio = Advise(Newcomer, React, Video, BidWriter).Portfolio;

        Assert.Empty(portfolio.Needs);
        Assert.Equal(0, portfolio.MonthlyIncome);
        Assert.False(portfolio.MeetsTarget);
        Assert.Equal(2080, portfolio.Shortfall);
        Assert.Equal("£2,080 short of your £2,080 monthly target: no open need fits within your 3 days a week (of the other open needs, 3 ask for a skill you do not have yet).", portfolio.Summary);
    }

    [Fact]
    public void With_unpaid_needs_only_nothing_counts_towards_the_target_and_the_summary_says_they_are_unpaid()
    {
        var portfolio = Advise(Newcomer, Coordinator).Portfolio;

        Assert.Empty(portfolio.Needs);
        Assert.Equal(2080, portfolio.Shortfall);
        Assert.Contains("1 is unpaid", portfolio.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_need_that_meets_the_target_alone_is_chosen_over_a_better_fitting_one_that_does_not()
    {
        var wellPaid = Need("need-well-paid", "coop-hedgerow", [new("linux", SkillLevel.Advanced)], 400, 400, 2);
        var twoDays = Newcomer with { DaysPerWeek = 2 };

        var portfolio = Advise(twoDays, wellPaid, HostingSupport).Portfolio;

        // 400 x 2 x 52 / 12 = 3,466.67 alone; hosting support scores higher (1.5 against -1) but pays 1,560.
        Assert.Equal([wellPaid.Id], portfolio.Needs.Select(n => n.Need.Id));
        Assert.Equal(3466.67, portfolio.MonthlyIncome);
        Assert.True(portfolio.MeetsTarget);
    }

    [Fact]
    public void A_person_with_fewer_days_than_any_need_gets_an_empty_portfolio_that_says_so()
    {
        var halfDay = Newcomer with { DaysPerWeek = 0.5 };

        var portfolio = Advise(halfDay, ProjectOwner, HostingSupport).Portfolio;

        Assert.Empty(portfolio.Needs);
        Assert.Equal(2080, portfolio.Shortfall);
        Assert.Contains("2 ask more days than your 0.5", portfolio.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_income_target_the_best_fitting_needs_that_fit_the_days_are_chosen()
    {
        var noTarget = Newcomer with { MonthlyIncomeTarget = null };

        var portfolio = Advise(noTarget, ProjectOwner, HostingSupport).Portfolio;

        // Either fits in 3 days, both would take 4: hosting support's fit is higher.
        Assert.Equal([HostingSupport.Id], portfolio.Needs.Select(n => n.Need.Id));
        Assert.Null(portfolio.MeetsTarget);
        Assert.Null(portfolio.Shortfall);
    }
}
