using System.Net.Http.Json;
using Matchmaker.Platform.Common;
using Matchmaker.Review.Insights;

namespace Matchmaker.Tests.Storage.Review;

/// <summary>Its own world: the suggestions made here would change the funnel counted in <see cref="InsightsTests"/>.</summary>
public sealed class InsightsGapTests(MatchingWorld world) : IClassFixture<MatchingWorld>
{
    [Fact]
    public async Task Skills_come_biggest_gap_first_so_a_skill_nobody_has_leads_a_busier_one_people_have()
    {
        var (scarce, busy) = ($"scarce {EntityId.New()[..8]}", $"busy {EntityId.New()[..8]}");
        var coop = await world.CreateCoopAsync("Gap Fictional Co-op");
        await world.CreateNeedAsync(coop.Key, NeedFor(scarce));
        await world.CreateNeedAsync(coop.Key, NeedFor(busy));
        await world.CreateNeedAsync(coop.Key, NeedFor(busy));
        await world.CreateConfirmedProfileAsync("Cass Fictional", new SkillInput(busy, "working"));
        await world.CreateConfirmedProfileAsync("Dee Fictional", new SkillInput(busy, "working"));
        await world.DrainedAsync();

        var report = (await (await world.SendAsync(HttpMethod.Get, "/api/insights", ApiWorld.CoordinatorKey)).Content.ReadFromJsonAsync<InsightsReport>())!;

        // The busy skill is in more demand (2 needs against 1) but has the people for it; the scarce one has nobody.
        Assert.Equal([(scarce, 1, 0, 1), (busy, 2, 2, 0)], report.Skills.Select(s => (s.Skill, s.Demand, s.Supply, s.Gap)).Where(s => s.Skill == scarce || s.Skill == busy));
        Assert.Equal(report.Skills.Select(s => s.Gap).OrderDescending(), report.Skills.Select(s => s.Gap));
    }

    private static Matchmaker.Needs.NeedInput NeedFor(string skill) => ApiWorld.ValidNeed() with
    {
        RequiredSkills = [new SkillInput(skill, "working")],
        NiceToHaveSkills = [],
    };
}
