using System.Net;
using System.Net.Http.Json;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Platform.Common;
using Matchmaker.Review;
using Matchmaker.Review.Insights;

namespace Matchmaker.Tests.Storage.Review;

public sealed class InsightsTests(MatchingWorld world) : IClassFixture<MatchingWorld>
{
    [Fact]
    public async Task Insights_count_the_funnel_skill_supply_and_demand_and_approval_rates_by_co_op_and_region()
    {
        var (first, second) = ($"first {EntityId.New()[..8]}", $"second {EntityId.New()[..8]}");
        var anna = await world.CreateConfirmedProfileAsync("Anna Fictional", new SkillInput(first, "expert"));
        var bo = await world.CreateConfirmedProfileAsync("Bo Fictional", new SkillInput(first, "working"), new SkillInput(second, "working"));
        var leeds = await world.CreateCoopAsync("Leeds Fictional Co-op");
        var york = await world.CreateCoopAsync("York Fictional Co-op");
        var leedsNeed = await world.CreateNeedAsync(leeds.Key, NeedFor(first, "Leeds", openings: 2));
        var yorkNeed = await world.CreateNeedAsync(york.Key, NeedFor(second, "York", openings: 1));
        await world.SuggestionsOfNeedAsync(leedsNeed, rows => rows.Count == 2, "both are suggested in Leeds");
        await world.SuggestionsOfNeedAsync(yorkNeed, rows => rows.Count == 1, "Bo is suggested in York");
        await world.DrainedAsync();

        await DecideAsync(SuggestionId.Of(leedsNeed, anna.Id), "approve", new ApproveInput(null));
        await DecideAsync(SuggestionId.Of(leedsNeed, bo.Id), "reject", new RejectInput("rate", null));
        await DecideAsync(SuggestionId.Of(yorkNeed, bo.Id), "reject", new RejectInput("location", null));

        var report = (await (await world.SendAsync(HttpMethod.Get, "/api/insights", ApiWorld.CoordinatorKey)).Content.ReadFromJsonAsync<InsightsReport>())!;

        Assert.Equal(new Funnel(3, 0, 1, 2, 0, 0, 0), report.Funnel);
        Assert.Contains(new SkillBalance(first, 1, 2), report.Skills);
        Assert.Contains(new SkillBalance(second, 1, 1), report.Skills);
        Assert.Equal([("Leeds Fictional Co-op", 1, 1, 0.5), ("York Fictional Co-op", 0, 1, 0.0)], report.ApprovalRateByCoop.Select(r => (r.Name, r.Approved, r.Rejected, r.Rate!.Value)));
        Assert.Equal(["GB Leeds", "GB York"], report.ApprovalRateByRegion.Select(r => r.Name));
    }

    [Fact]
    public async Task Insights_are_for_coordinators_only()
    {
        var coop = await world.CreateCoopAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await world.SendAsync(HttpMethod.Get, "/api/insights", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.SendAsync(HttpMethod.Get, "/api/insights", coop.Key)).StatusCode);
    }

    private async Task DecideAsync(string id, string action, object body) =>
        (await world.SendAsync(HttpMethod.Post, $"/api/suggestions/{id}/{action}", ApiWorld.CoordinatorKey, body)).EnsureSuccessStatusCode();

    private static Matchmaker.Needs.NeedInput NeedFor(string skill, string city, int openings) => ApiWorld.ValidNeed() with
    {
        RequiredSkills = [new SkillInput(skill, "working")],
        NiceToHaveSkills = [],
        Location = new LocationInput(city, "GB", "on-site"),
        Openings = openings,
    };
}
