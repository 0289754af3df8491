using System.Net;
using System.Net.Http.Json;
using Matchmaker.Opportunities;
using Matchmaker.Profiles;

namespace Matchmaker.Tests.Storage.Opportunities;

/// <summary>GET /api/profiles/{id}/advice through the standalone app, against Azurite, with the bootstrap model live.</summary>
public sealed class AdviceRouteTests(AdviceWorld world) : IClassFixture<AdviceWorld>
{
    [Fact]
    public async Task The_newcomer_reaches_2080_a_month_within_3_days_with_the_project_owner_role_and_never_the_react_role()
    {
        var portfolio = (await AdviceAsync(world.Newcomer)).Portfolio;

        var chosen = Assert.Single(portfolio.Needs);
        Assert.Equal(world.ProjectOwner, chosen.Need.Id);
        Assert.Equal("Hedgerow Digital Fictional", chosen.Need.CoopName);
        Assert.Equal(250, chosen.DayRate);
        Assert.Equal(2166.67, portfolio.MonthlyIncome);
        Assert.Equal(2, portfolio.DaysPerWeek);
        Assert.Equal(3, portfolio.AvailableDaysPerWeek);
        Assert.Equal(2080, portfolio.MonthlyTarget);
        Assert.True(portfolio.MeetsTarget);
        Assert.Equal(0, portfolio.Shortfall);
        Assert.Equal("GBP", portfolio.Currency);
        Assert.Equal("has every required skill: Co-op development (expert)", chosen.Reasons[0]);
        Assert.Equal("£250 a day for 2 days a week: £2,166.67 a month", chosen.Reasons[1]);
        Assert.DoesNotContain(portfolio.Needs, n => n.Need.Id == world.React || n.Need.Id == world.Coordinator);
    }

    [Fact]
    public async Task Learning_advice_names_javascript_first_with_the_need_it_opens_and_the_co_ops_that_can_teach_it()
    {
        var learning = (await AdviceAsync(world.Newcomer)).Learning;

        var javascript = learning[0];
        Assert.Equal("JavaScript", javascript.Skill);
        Assert.True(javascript.Wanted);
        var opened = Assert.Single(javascript.OpensNeeds);
        Assert.Equal((world.WordPressJs, "WordPress and JavaScript developer", "working"), (opened.NeedId, opened.Title, opened.Level));
        Assert.False(string.IsNullOrEmpty(opened.CoopName));
        Assert.Equal(opened.CoopId == world.Hedgerow.Id ? "Hedgerow Digital Fictional" : "Brambleworks Fictional", opened.CoopName);
        Assert.Equal(210, javascript.AverageDayRate);
        Assert.Equal(new[] { world.Brambleworks.Id, world.Hedgerow.Id }.Order(StringComparer.Ordinal), javascript.Teachers.Select(t => t.CoopId).Order(StringComparer.Ordinal));
        Assert.Equal(["Brambleworks Fictional", "Hedgerow Digital Fictional"], javascript.Teachers.Select(t => t.CoopName).Order(StringComparer.Ordinal));
        Assert.All(javascript.Teachers, t => Assert.NotEmpty(t.NeedIds));
        Assert.Equal(["Bid writing", "JavaScript", "Video production"], learning.Select(s => s.Skill).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_answer_holds_nobody_elses_data_and_no_co_op_contacts()
    {
        var response = await world.Api.SendAsync(HttpMethod.Get, $"/api/profiles/{world.Newcomer.Id}/advice", world.Newcomer.OwnerToken);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("@", body, StringComparison.Ordinal);
        string[] hidden = [world.OtherInput.Name!, world.NewcomerInput.Name!, "Kit", world.Other.Id];
        Assert.All(hidden, text => Assert.DoesNotContain(text, body, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Another_owner_an_anonymous_caller_and_an_unknown_id_all_get_404()
    {
        var other = await world.Api.SendAsync(HttpMethod.Get, $"/api/profiles/{world.Newcomer.Id}/advice", world.Other.OwnerToken);
        var anonymous = await world.Api.SendAsync(HttpMethod.Get, $"/api/profiles/{world.Newcomer.Id}/advice", null);
        var unknown = await world.Api.SendAsync(HttpMethod.Get, "/api/profiles/not-a-profile/advice", world.Newcomer.OwnerToken);

        Assert.All([other, anonymous, unknown], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unconfirmed_profile_gets_an_empty_portfolio_that_says_why()
    {
        var unconfirmed = await world.Api.CreateProfileAsync(world.NewcomerInput with { Email = "unconfirmed@example.org" });

        var advice = await AdviceAsync(unconfirmed);

        Assert.Empty(advice.Portfolio.Needs);
        Assert.Empty(advice.Learning);
        Assert.Contains("confirmed", advice.Portfolio.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_need_paid_in_another_currency_is_left_out_of_the_portfolio_however_well_it_pays()
    {
        // Co-operative development (held at expert), one day a week at EUR 900: in pounds it would beat every need.
        var euros = await world.NeedAsync(world.Hedgerow, "Co-op development, paid in euros", "Help new co-ops start, one day a week.", [new("co-operative development", "working")], new(900, 900, "EUR"), 1);
        try
        {
            var advice = await AdviceAsync(world.Newcomer);

            Assert.DoesNotContain(advice.Portfolio.Needs, n => n.Need.Id == euros);
            Assert.Equal(world.ProjectOwner, Assert.Single(advice.Portfolio.Needs).Need.Id);
        }
        finally
        {
            (await world.Api.SendAsync(HttpMethod.Post, $"/api/needs/{euros}/close", world.Hedgerow.Key, ApiWorld.Closing())).EnsureSuccessStatusCode();
        }
    }

    private async Task<AdviceView> AdviceAsync(ProfileCreated profile)
    {
        var response = await world.Api.SendAsync(HttpMethod.Get, $"/api/profiles/{profile.Id}/advice", profile.OwnerToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AdviceView>())!;
    }
}
