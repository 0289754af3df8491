using System.Diagnostics.Metrics;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Needs;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Matching;

/// <summary>
/// Runs for one need coalesce: a message that a run started after it was queued has matched does nothing, and
/// a change stored after a run started always gets a run of its own. The messages are the app's own, taken
/// off the queue and run in a chosen order.
/// </summary>
public sealed class NeedRunCoalescingTests(QueuedNeedUpdatesWorld world) : IClassFixture<QueuedNeedUpdatesWorld>
{
    [Fact]
    public async Task Messages_queued_before_a_run_started_are_matched_by_that_run_and_do_nothing_more()
    {
        using var recorder = new MetricRecorder(world.App.Services.GetRequiredService<IMeterFactory>());
        var (needId, skill) = await NeedAsync();
        await world.TakeQueuedAsync(needId);
        var people = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => world.CreateConfirmedProfileAsync($"Queued Person {i}", new SkillInput(skill, "advanced"))));
        var queued = await world.TakeQueuedAsync(needId);
        // Each confirmed person's change fans out once or twice (its creation's message may be read after the confirmation).
        Assert.InRange(queued.Count, 6, 12);
        Assert.All(queued, message => Assert.Equal(0, message.RunsStarted));

        foreach (var message in queued)
        {
            await world.Matcher.MatchAsync(message, default);
        }

        var runs = await world.Runs.FindAsync(needId, default);
        Assert.Equal((1, 1), (runs!.Started, runs.Completed));
        Assert.Equal(
            people.Select(p => p.Id).Order(),
            (await world.Suggestions.OfNeedAsync(needId, default)).Where(s => s.Status == SuggestionStatus.Pending).Select(s => s.ProfileId).Order());
        Assert.Equal(queued.Count - 1, Outcomes(recorder, NeedRunOutcomes.Coalesced));
        Assert.Equal(1, Outcomes(recorder, NeedRunOutcomes.Matched));
    }

    [Fact]
    public async Task A_person_indexed_while_a_run_is_under_way_is_matched_by_a_run_after_it()
    {
        var (needId, skill) = await NeedAsync();
        var first = await world.CreateConfirmedProfileAsync("Early Person", new SkillInput(skill, "advanced"));
        foreach (var message in await world.TakeQueuedAsync(needId))
        {
            await world.Matcher.MatchAsync(message, default);
        }

        // A run that has read the index before the second person is there, and finishes after they are.
        var underWay = (await world.Runs.ClaimAsync(needId, null, default))!;
        var late = await world.CreateConfirmedProfileAsync("Late Person", new SkillInput(skill, "advanced"));
        var queued = await world.TakeQueuedAsync(needId);
        Assert.True(await world.Runs.CompleteAsync(underWay, default));

        Assert.All(queued, message => Assert.Equal(underWay.Number, message.RunsStarted));
        foreach (var message in queued)
        {
            await world.Matcher.MatchAsync(message, default);
        }

        Assert.Equal(underWay.Number + 1, (await world.Runs.FindAsync(needId, default))!.Started);
        Assert.Equal(
            new[] { first.Id, late.Id }.Order(),
            (await world.Suggestions.OfNeedAsync(needId, default)).Select(s => s.ProfileId).Order());

        // A message queued before that run started has nothing left to do.
        await world.Matcher.MatchAsync(queued[0] with { RunsStarted = underWay.Number - 1 }, default);
        Assert.Equal(underWay.Number + 1, (await world.Runs.FindAsync(needId, default))!.Started);
    }

    [Fact]
    public async Task A_need_held_by_a_run_that_died_is_taken_over_when_its_lease_ends_and_the_dead_run_cannot_complete()
    {
        var (needId, skill) = await NeedAsync();
        await world.TakeQueuedAsync(needId);
        var person = await world.CreateConfirmedProfileAsync("Waiting Person", new SkillInput(skill, "advanced"));
        var queued = await world.TakeQueuedAsync(needId);
        var dead = (await world.Runs.ClaimAsync(needId, null, default))!;

        foreach (var message in queued)
        {
            await world.Matcher.MatchAsync(message, default);
        }

        Assert.False(await world.Runs.CompleteAsync(dead, default));
        var runs = await world.Runs.FindAsync(needId, default);
        Assert.Equal((dead.Number + 1, dead.Number + 1, (DateTimeOffset?)null), (runs!.Started, runs.Completed, runs.LeaseUntil));
        Assert.Equal(person.Id, Assert.Single(await world.Suggestions.OfNeedAsync(needId, default)).ProfileId);
    }

    [Fact]
    public async Task A_run_that_fails_frees_its_need_at_once()
    {
        var (needId, _) = await NeedAsync();
        var message = Assert.Single(await world.TakeQueuedAsync(needId));
        world.Fault.Arm(needId);

        await Assert.ThrowsAsync<Azure.RequestFailedException>(() => world.Matcher.MatchAsync(message, default));

        var runs = await world.Runs.FindAsync(needId, default);
        Assert.Equal((1, 0, (DateTimeOffset?)null), (runs!.Started, runs.Completed, runs.LeaseUntil));
    }

    private static long Outcomes(MetricRecorder recorder, string outcome) =>
        recorder.Of("matchmaker.matching.need_runs").Where(m => Equals(m.Tags["outcome"], outcome)).Sum(m => m.Value);

    /// <summary>A need of its own co-op asking for a skill no other test uses; its creation message is left queued.</summary>
    private async Task<(string NeedId, string Skill)> NeedAsync()
    {
        var skill = $"skill {EntityId.New()[..12]}";
        var coop = await world.CreateCoopAsync();
        var needId = await world.CreateNeedAsync(coop.Key, ApiWorld.ValidNeed() with { RequiredSkills = [new SkillInput(skill, "working")], NiceToHaveSkills = [] });
        return (needId, skill);
    }
}
