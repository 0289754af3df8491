using Matchmaker.Matching;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Needs;
using Matchmaker.Platform.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Matching;

/// <summary>A closed need's pending suggestions all expire, even when another writer changes one of them mid-run.</summary>
public sealed class ExpiryRaceTests(FaultyMatchingWorld world) : IClassFixture<FaultyMatchingWorld>
{
    [Fact]
    public async Task A_pending_suggestion_rewritten_while_its_closed_need_expires_them_still_expires()
    {
        var skill = $"skill {EntityId.New()[..12]}";
        var coop = await world.CreateCoopAsync();
        await Task.WhenAll(Enumerable.Range(1, 2).Select(i => world.CreateConfirmedProfileAsync($"Racing Person {i}", new SkillInput(skill, "advanced"))));
        var needId = await world.CreateNeedAsync(coop.Key, ApiWorld.ValidNeed() with { RequiredSkills = [new SkillInput(skill, "working")], NiceToHaveSkills = [] });
        var matcher = world.App.Services.GetRequiredService<NeedMatcher>();
        // The people's skills reach the index through their own queued runs: matched again until both are found.
        await Eventually.TrueAsync(
            async () =>
            {
                await matcher.MatchAsync(new NeedUpdatedMessage(needId, 1), default);
                return (await world.Suggestions.OfNeedAsync(needId, default)).Count(r => r.Status == SuggestionStatus.Pending) == 2;
            },
            "both people are suggested");
        var pending = await world.Suggestions.OfNeedAsync(needId, default);

        var closed = await world.SendAsync(HttpMethod.Post, $"/api/needs/{needId}/close", coop.Key, ApiWorld.Closing());
        closed.EnsureSuccessStatusCode();
        var need = await world.App.Services.GetRequiredService<NeedStore>().FindAsync(needId, default);
        world.Fault.ArmRewrite(needId, pending[^1].ProfileId);
        await matcher.MatchAsync(new NeedUpdatedMessage(needId, need!.Version), default);

        Assert.Equal(1, world.Fault.Fired);
        Assert.All(await world.Suggestions.OfNeedAsync(needId, default), s => Assert.Equal(SuggestionStatus.Expired, s.Status));
    }
}
