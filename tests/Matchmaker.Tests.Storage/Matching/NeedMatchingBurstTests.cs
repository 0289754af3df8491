using System.Diagnostics.Metrics;
using Azure.Storage.Queues;
using Matchmaker.Matching;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Needs;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;
using Matchmaker.Platform.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Matchmaker.Tests.Storage.Matching;

/// <summary>
/// A burst through the API with the queue listeners running as they do in production: many people confirmed
/// at once who all fit the same needs, so that every confirmation queues every need.
/// </summary>
public sealed class NeedMatchingBurstTests(BurstMatchingWorld world, ITestOutputHelper output) : IClassFixture<BurstMatchingWorld>
{
    private const int People = 50;
    private const int Needs = 5;

    [Fact]
    public async Task Fifty_people_confirmed_at_once_for_five_needs_poison_nothing_and_leave_each_need_as_a_fresh_run_makes_it()
    {
        var skill = $"skill {EntityId.New()[..12]}";
        var coop = await world.CreateCoopAsync();
        var needs = new List<string>();
        for (var i = 0; i < Needs; i++)
        {
            needs.Add(await world.CreateNeedAsync(coop.Key, ApiWorld.ValidNeed() with
            {
                RequiredSkills = [new SkillInput(skill, "working")],
                NiceToHaveSkills = [],
                DayRate = new DayRateInput(150 + (50 * i), 150 + (50 * i), "GBP"),
                DaysPerWeek = 1 + (i % 3),
            }));
        }

        await world.DrainedAsync();
        var runsBefore = await StartedAsync(needs);
        using var recorder = new MetricRecorder(world.App.Services.GetRequiredService<IMeterFactory>());
        string[] levels = ["learning", "working", "advanced", "expert"];

        await Task.WhenAll(Enumerable.Range(0, People).Select(i => world.CreateConfirmedProfileAsync($"Burst Person {i}", new SkillInput(skill, levels[i % levels.Length]))));
        await world.DrainedAsync();

        var queues = world.App.Services.GetRequiredService<QueueServiceClient>();
        foreach (var queue in new[] { StorageNames.NeedUpdatesQueue, StorageNames.ProfileUpdatesQueue })
        {
            Assert.Equal(0, (await queues.GetQueueClient(StorageNames.PoisonQueueOf(queue)).GetPropertiesAsync()).Value.ApproximateMessagesCount);
        }

        var runsAfter = await StartedAsync(needs);
        var handled = Outcomes(recorder, NeedRunOutcomes.Matched) + Outcomes(recorder, NeedRunOutcomes.Coalesced) + Outcomes(recorder, NeedRunOutcomes.Idle);
        output.WriteLine($"{handled} messages; runs per need {string.Join(", ", needs.Select(n => runsAfter[n] - runsBefore[n]))}; " +
            $"matched {Outcomes(recorder, NeedRunOutcomes.Matched)}, coalesced {Outcomes(recorder, NeedRunOutcomes.Coalesced)}, write conflicts {recorder.Of("matchmaker.matching.write_conflicts").Sum(m => m.Value)}");
        // Every confirmation asks for all five needs (once or twice), but a message already on its way for a need
        // stands in for the rest until a run starts; without coalescing each of those would be a run.
        Assert.InRange(handled, Needs, 2 * People * Needs);
        Assert.All(needs, need => Assert.InRange(runsAfter[need] - runsBefore[need], 1, People / 2));

        foreach (var need in needs)
        {
            var settled = await PendingAsync(need);
            Assert.Equal(20, settled.Count);
            var stored = (await world.App.Services.GetRequiredService<NeedStore>().FindAsync(need, default))!;
            await world.App.Services.GetRequiredService<NeedMatcher>().MatchAsync(new NeedUpdatedMessage(need, stored.Version), default);
            Assert.Equal(await PendingAsync(need), settled);
        }
    }

    private static long Outcomes(MetricRecorder recorder, string outcome) =>
        recorder.Of("matchmaker.matching.need_runs").Where(m => Equals(m.Tags["outcome"], outcome)).Sum(m => m.Value);

    private async Task<Dictionary<string, long>> StartedAsync(List<string> needs)
    {
        var runs = world.App.Services.GetRequiredService<NeedRuns>();
        var started = new Dictionary<string, long>();
        foreach (var need in needs)
        {
            started[need] = (await runs.FindAsync(need, default))?.Started ?? 0;
        }

        return started;
    }

    /// <summary>The need's pending suggestions as a run leaves them: who, in which place, with which score.</summary>
    private async Task<List<string>> PendingAsync(string needId) =>
        [.. (await world.Suggestions.OfNeedAsync(needId, default))
            .Where(s => s.Status == SuggestionStatus.Pending)
            .OrderBy(s => s.Rank)
            .Select(s => $"{s.Rank} {s.ProfileId} {s.Score} {s.NeedVersion} {s.ModelVersion}")];
}
