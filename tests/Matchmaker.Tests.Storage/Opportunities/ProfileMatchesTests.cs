using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matchmaker.Opportunities;
using Matchmaker.Profiles;

namespace Matchmaker.Tests.Storage.Opportunities;

public sealed class ProfileMatchesTests(MatchesWorld world) : IClassFixture<MatchesWorld>
{
    [Fact]
    public async Task A_react_and_typescript_developer_sees_the_react_need_above_the_bookkeeping_one_best_first()
    {
        var matches = await MatchesAsync(world.Developer);

        var order = matches.Items.Select(m => m.Need.Id).ToList();
        Assert.Contains(world.ReactNeed, order);
        Assert.Contains(world.BookkeepingNeed, order);
        Assert.True(order.IndexOf(world.ReactNeed) < order.IndexOf(world.BookkeepingNeed), $"React need before bookkeeping: {string.Join(", ", order)}");
        Assert.Equal(matches.Items.Select(m => m.Score).OrderDescending(), matches.Items.Select(m => m.Score));
    }

    [Fact]
    public async Task Each_match_carries_the_public_need_and_reasons_that_name_the_skills_it_shares()
    {
        var react = (await MatchesAsync(world.Developer)).Items.Single(m => m.Need.Id == world.ReactNeed);

        Assert.Equal("React and TypeScript front end", react.Need.Title);
        Assert.Equal(world.Coop.Id, react.Need.CoopId);
        Assert.Equal("React Co-op", react.Need.CoopName);
        Assert.Equal("open", react.Need.Status);
        Assert.NotEmpty(react.Reasons);
        Assert.Contains(react.Reasons, r => r.Contains("React", StringComparison.Ordinal) || r.Contains("TypeScript", StringComparison.Ordinal));
        Assert.DoesNotContain(react.Reasons, r => r.Contains("bookkeeping", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Income_fit_states_what_the_need_pays_against_the_persons_target()
    {
        var matches = (await MatchesAsync(world.Developer)).Items;

        // Target 2,080 a month in 3 days a week: minimum 2,080 / (3 x 52 / 12) = 160 a day.
        // The React need pays 250 a day for 2 days: 250 x 2 x 52 / 12 = 2,166.67 a month, 104.2% of the target.
        var react = matches.Single(m => m.Need.Id == world.ReactNeed).IncomeFit;
        Assert.Equal(new IncomeFit("GBP", 250, 2, 2166.67, 160, true, 1.042), react);
        // The bookkeeping need offers 100-200 for 1 day: its middle, 150, is below the minimum; 650 a month is 31.3%.
        var books = matches.Single(m => m.Need.Id == world.BookkeepingNeed).IncomeFit;
        Assert.Equal(new IncomeFit("GBP", 150, 1, 650, 160, false, 0.313), books);
        Assert.Equal(IncomeFit.Unpaid, matches.Single(m => m.Need.Id == world.UnpaidNeed).IncomeFit);
    }

    [Fact]
    public async Task The_answer_holds_nobodys_name_or_email_and_no_contact_details_only_the_co_ops_name()
    {
        var response = await world.Api.SendAsync(HttpMethod.Get, $"/api/profiles/{world.Developer.Id}/matches", world.Developer.OwnerToken);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(world.ReactNeed, body, StringComparison.Ordinal);
        Assert.DoesNotContain("@", body, StringComparison.Ordinal);
        string[] names = [world.DeveloperInput.Name!, world.OtherInput.Name!, "Riley", "Morgan"];
        Assert.All(names, name => Assert.DoesNotContain(name, body, StringComparison.OrdinalIgnoreCase));
        // The person's own target is not repeated back (only what each need pays against it). Compared as
        // values, not text: a random id can hold the digits 2080.
        Assert.DoesNotContain(Values(JsonNode.Parse(body)), value => value is "2080" or "2080.0");
    }

    [Fact]
    public async Task A_limit_keeps_the_best_and_a_bad_one_answers_400_naming_it()
    {
        var all = await MatchesAsync(world.Developer);
        var best = await MatchesAsync(world.Developer, "?limit=1");
        var bad = await world.Api.SendAsync(HttpMethod.Get, $"/api/profiles/{world.Developer.Id}/matches?limit=0", world.Developer.OwnerToken);

        Assert.Equal([all.Items[0].Need.Id], best.Items.Select(m => m.Need.Id));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("limit", out _));
    }

    [Fact]
    public async Task A_closed_need_is_not_matched()
    {
        var need = await world.Api.CreateNeedAsync(world.Coop.Key, MatchesWorld.Need(
            "Closed React work", "React.", [new("React", "working")], new Matchmaker.Needs.DayRateInput(300, 300, "GBP"), 2));
        (await world.Api.SendAsync(HttpMethod.Post, $"/api/needs/{need}/close", world.Coop.Key, ApiWorld.Closing())).EnsureSuccessStatusCode();

        var matches = await MatchesAsync(world.Developer);

        Assert.DoesNotContain(matches.Items, m => m.Need.Id == need);
    }

    [Fact]
    public async Task An_unconfirmed_profile_gets_an_empty_list()
    {
        var unconfirmed = await world.Api.CreateProfileAsync(world.DeveloperInput with { Email = "unconfirmed@example.org" });

        Assert.Empty((await MatchesAsync(unconfirmed)).Items);
    }

    [Fact]
    public async Task A_profile_that_does_not_consent_to_matching_gets_an_empty_list()
    {
        var declined = await world.Api.CreateConfirmedProfileAsync(world.DeveloperInput with
        {
            Email = "no-matching@example.org",
            Consent = new ConsentInput(Matching: false, Introductions: true, Training: true),
        });

        Assert.Empty((await MatchesAsync(declined)).Items);
    }

    private async Task<MatchList> MatchesAsync(ProfileCreated profile, string query = "")
    {
        var response = await world.Api.SendAsync(HttpMethod.Get, $"/api/profiles/{profile.Id}/matches{query}", profile.OwnerToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<MatchList>())!;
    }

    /// <summary>Every number and string in the JSON, as text.</summary>
    private static IEnumerable<string> Values(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Values(p.Value)),
        JsonArray a => a.SelectMany(Values),
        JsonValue v => [v.ToJsonString().Trim('"')],
        _ => [],
    };
}
