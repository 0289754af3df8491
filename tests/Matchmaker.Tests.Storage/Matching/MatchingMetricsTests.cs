using System.Diagnostics.Metrics;
using System.Net;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Platform.Common;
using Matchmaker.Review;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Matching;

/// <summary>The counters move where the work happens: matching a need, and a coordinator's approval.</summary>
public sealed class MatchingMetricsTests(MatchingWorld world) : IClassFixture<MatchingWorld>
{
    [Fact]
    public async Task Matching_a_need_counts_its_new_suggestions_and_an_approval_is_counted_with_the_model_version()
    {
        using var recorder = new MetricRecorder(world.App.Services.GetRequiredService<IMeterFactory>());
        var skill = $"skill {EntityId.New()[..12]}";
        var people = new List<Matchmaker.Profiles.ProfileCreated>();
        for (var i = 0; i < 2; i++)
        {
            people.Add(await world.CreateConfirmedProfileAsync($"Metric Person {i}", new SkillInput(skill, "advanced")));
        }

        var needId = await world.CreateNeedAsync(
            (await world.CreateCoopAsync()).Key, ApiWorld.ValidNeed() with { RequiredSkills = [new SkillInput(skill, "working")], NiceToHaveSkills = [] });
        var suggestions = await world.SuggestionsOfNeedAsync(needId, rows => rows.Count == 2, "both people are suggested");
        var version = suggestions[0].ModelVersion;

        await Eventually.TrueAsync(
            () => Task.FromResult(recorder.Of("matchmaker.suggestions.made").Where(m => Equals(m.Tags["model.version"], version)).Sum(m => m.Value) >= 2),
            "the two suggestions are counted");
        var response = await world.SendAsync(
            HttpMethod.Post, $"/api/suggestions/{SuggestionId.Of(needId, people[0].Id)}/approve", ApiWorld.CoordinatorKey, new ApproveInput(null));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var (value, tags) = Assert.Single(recorder.Of("matchmaker.suggestions.approved"));
        Assert.Equal(1, value);
        Assert.Equal(new Dictionary<string, object?> { ["model.version"] = version }, tags);
    }
}
