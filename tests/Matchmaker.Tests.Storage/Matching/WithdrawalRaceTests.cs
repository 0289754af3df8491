using System.Diagnostics.Metrics;
using Azure.Storage.Queues;
using Matchmaker.Matching;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Needs;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Matching;

/// <summary>A need's run whose write meets a suggestion withdrawn meanwhile reads again and completes, instead of failing its message.</summary>
public sealed class WithdrawalRaceTests(FaultyMatchingWorld world) : IClassFixture<FaultyMatchingWorld>
{
    [Fact]
    public async Task A_run_whose_transaction_meets_a_suggestion_deleted_meanwhile_reads_again_and_completes()
    {
        var skill = $"skill {EntityId.New()[..12]}";
        var coop = await world.CreateCoopAsync();
        await Task.WhenAll(Enumerable.Range(1, 2).Select(i => world.CreateConfirmedProfileAsync($"Withdrawn Person {i}", new SkillInput(skill, "working"))));
        var needId = await world.CreateNeedAsync(coop.Key, ApiWorld.ValidNeed() with { RequiredSkills = [new SkillInput(skill, "working")], NiceToHaveSkills = [] });
        var matcher = world.App.Services.GetRequiredService<NeedMatcher>();
        async Task<int> PendingAsync() => (await world.Suggestions.OfNeedAsync(needId, default)).Count(r => r.Status == SuggestionStatus.Pending);
        await Eventually.TrueAsync(
            async () =>
            {
                await matcher.MatchAsync(new NeedUpdatedMessage(needId, 1), default);
                return await PendingAsync() == 2;
            },
            "both people are suggested");
        var first = (await world.Suggestions.OfNeedAsync(needId, default))[0];

        // A better person arrives, so the next run re-ranks (replaces) the two rows under their ETags.
        var expert = await world.CreateConfirmedProfileAsync("Withdrawn Expert", new SkillInput(skill, "expert"));
        var profileUpdates = world.App.Services.GetRequiredService<QueueServiceClient>().GetQueueClient(StorageNames.ProfileUpdatesQueue);
        await Eventually.TrueAsync(async () => (await profileUpdates.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0, "the expert is indexed");
        using var recorder = new MetricRecorder(world.App.Services.GetRequiredService<IMeterFactory>());
        world.Fault.ArmWithdrawal(needId, first.ProfileId);

        await matcher.MatchAsync(new NeedUpdatedMessage(needId, 1), default);

        Assert.Equal(1, world.Fault.Fired);
        Assert.Contains(await world.Suggestions.OfNeedAsync(needId, default), r => r.ProfileId == expert.Id && r.Status == SuggestionStatus.Pending);
        Assert.True(recorder.Of("matchmaker.matching.write_conflicts").Sum(m => m.Value) >= 1, "The run met the withdrawn row and read again.");
        Assert.Equal(3, await PendingAsync());
    }
}
