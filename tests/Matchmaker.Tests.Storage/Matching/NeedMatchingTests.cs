using System.Text.Json;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Needs;
using Matchmaker.Platform.Common;

namespace Matchmaker.Tests.Storage.Matching;

/// <summary>Needs matched through the standalone host against Azurite, with the bootstrap model live.</summary>
public sealed class NeedMatchingTests(MatchingWorld world) : IClassFixture<MatchingWorld>
{
    [Fact]
    public async Task A_need_for_react_and_typescript_ranks_the_react_developer_first_with_reasons()
    {
        var coop = await world.CreateCoopAsync("Fictional Web Co-op");
        var ada = await world.CreateConfirmedProfileAsync(
            "Ada Fictional", new SkillInput("React", "advanced"), new SkillInput("TypeScript", "advanced"), new SkillInput("JavaScript", "expert"));
        var ben = await world.CreateConfirmedProfileAsync(
            "Ben Fictional", new SkillInput("bookkeeping", "expert"), new SkillInput("JavaScript", "learning"));
        var cai = await world.CreateConfirmedProfileAsync(
            "Cai Fictional", new SkillInput("PHP", "advanced"), new SkillInput("WordPress", "expert"), new SkillInput("JavaScript", "working"));

        var needId = await world.CreateNeedAsync(coop.Key, ApiWorld.ValidNeed() with
        {
            Title = "Front-end developer",
            Description = "A React single-page app in TypeScript for a housing co-op.",
            RequiredSkills = [new SkillInput("React", "advanced"), new SkillInput("TypeScript", "working")],
            NiceToHaveSkills = [],
        });

        var suggestions = await world.SuggestionsOfNeedAsync(
            needId, rows => new[] { ada.Id, ben.Id, cai.Id }.All(id => rows.Any(r => r.ProfileId == id)), "all three newcomers are suggested");
        var first = suggestions[0];
        Assert.Equal(ada.Id, first.ProfileId);
        Assert.Equal(1, first.Rank);
        Assert.True(first.Score > suggestions.Single(s => s.ProfileId == ben.Id).Score);
        var reasons = JsonSerializer.Deserialize<string[]>(first.ReasonsJson)!;
        Assert.Contains(reasons, r => r.Contains("React", StringComparison.Ordinal) && r.Contains("TypeScript", StringComparison.Ordinal));
        Assert.Equal(14, JsonSerializer.Deserialize<Dictionary<string, float>>(first.BreakdownJson)!.Count);
        Assert.All(suggestions, s => Assert.Equal(SuggestionStatus.Pending, s.Status));
        Assert.Equal(suggestions.Select((_, i) => i + 1), suggestions.Select(s => s.Rank));

        var mirror = (await world.Suggestions.OfProfileAsync(ada.Id, default)).Single(s => s.NeedId == needId);
        Assert.Equal((first.Score, first.Rank, first.ReasonsJson), (mirror.Score, mirror.Rank, mirror.ReasonsJson));
    }
}
