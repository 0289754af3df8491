using Azure.Data.Tables;
using Azure.Storage.Queues;
using Matchmaker.Matching;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Needs;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Matching;

/// <summary>
/// At-least-once delivery, order and decisions. Each test's people and need share a free-text skill of
/// their own, so the tests never see each other's candidates.
/// </summary>
public sealed class NeedMatchingReliabilityTests(MatchingWorld world) : IClassFixture<MatchingWorld>
{
    [Fact]
    public async Task The_same_message_three_times_and_two_copies_in_parallel_leave_exactly_the_same_rows()
    {
        var (needId, people) = await MatchedNeedAsync(candidates: 3);
        var once = await RowsAsync(needId, people);

        await SendAsync(new NeedUpdatedMessage(needId, 1));
        await SendAsync(new NeedUpdatedMessage(needId, 1));
        await SendAsync(new NeedUpdatedMessage(needId, 1));
        await Task.WhenAll(SendAsync(new NeedUpdatedMessage(needId, 1)), SendAsync(new NeedUpdatedMessage(needId, 1)));
        await DrainedAsync();

        Assert.Equal(once, await RowsAsync(needId, people));
        Assert.Equal(3, once.Count(r => r.StartsWith("need-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Runs_for_one_need_at_the_same_time_all_complete_and_agree()
    {
        var (needId, people) = await MatchedNeedAsync(candidates: 3);
        var once = await RowsAsync(needId, people);
        var matcher = world.App.Services.GetRequiredService<NeedMatcher>();

        // Each run replaces the rows it read, so all but the first to write meet a changed ETag: they must read
        // again and finish rather than hand the message back to the queue.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => matcher.MatchAsync(new NeedUpdatedMessage(needId, 1), default)));

        Assert.Equal(once, await RowsAsync(needId, people));
    }

    [Fact]
    public async Task An_older_version_changes_nothing_and_the_current_one_rewrites_the_rows()
    {
        var (needId, people) = await MatchedNeedAsync(candidates: 2);
        var table = new TableServiceClient(world.StorageConnectionString).GetTableClient(StorageNames.SuggestionsTable);
        var row = await world.Suggestions.FindAsync(needId, people[0], default);
        row!.Score = 999;
        await table.UpdateEntityAsync(row, row.ETag);
        var update = await world.SendAsync(HttpMethod.Put, $"/api/needs/{needId}", coopKey, NeedFor(skill!) with { DaysPerWeek = 3 });
        update.EnsureSuccessStatusCode();
        await world.SuggestionsOfNeedAsync(needId, rows => rows.All(r => r.NeedVersion == 2), "version 2 is matched");
        row = await world.Suggestions.FindAsync(needId, people[0], default);
        row!.Score = 999;
        await table.UpdateEntityAsync(row, row.ETag);

        await SendAsync(new NeedUpdatedMessage(needId, 1));
        await DrainedAsync();
        Assert.Equal(999, (await world.Suggestions.FindAsync(needId, people[0], default))!.Score);

        await SendAsync(new NeedUpdatedMessage(needId, 2));
        await world.SuggestionsOfNeedAsync(needId, rows => rows.All(r => r.Score < 999), "the current version is matched again");
    }

    [Fact]
    public async Task A_decided_suggestion_survives_re_matching_and_a_closed_need_expires_the_pending_ones()
    {
        var (needId, people) = await MatchedNeedAsync(candidates: 3);
        var decided = (await world.Suggestions.FindAsync(needId, people[1], default))!;
        decided.Status = SuggestionStatus.Approved;
        decided.DecidedAt = DateTimeOffset.UtcNow;
        await world.Suggestions.ReplaceAsync(decided, default);
        var approved = (await world.Suggestions.FindAsync(needId, people[1], default))!;

        await SendAsync(new NeedUpdatedMessage(needId, 1));
        await DrainedAsync();
        var after = (await world.Suggestions.FindAsync(needId, people[1], default))!;
        Assert.Equal((SuggestionStatus.Approved, approved.ETag), (after.Status, after.ETag));

        var closed = await world.SendAsync(HttpMethod.Post, $"/api/needs/{needId}/close", coopKey, ApiWorld.Closing());
        closed.EnsureSuccessStatusCode();
        var rows = await world.SuggestionsOfNeedAsync(needId, rows => rows.All(r => r.Status != SuggestionStatus.Pending), "pending suggestions expire");
        Assert.Equal(SuggestionStatus.Approved, rows.Single(r => r.ProfileId == people[1]).Status);
        Assert.Equal(2, rows.Count(r => r.Status == SuggestionStatus.Expired));
        Assert.All(await world.Suggestions.OfProfileAsync(people[0], default), mirror => Assert.Equal(SuggestionStatus.Expired, mirror.Status));
    }

    [Fact]
    public async Task A_person_has_at_most_five_pending_suggestions_and_keeps_those_of_their_best_needs()
    {
        skill = $"skill {EntityId.New()[..12]}";
        coopKey = (await world.CreateCoopAsync()).Key;
        var person = (await world.CreateConfirmedProfileAsync("Capped Person", new SkillInput(skill, "advanced"))).Id;
        await DrainedAsync();
        var needs = new List<string>();
        foreach (var (rate, days) in new[] { (100, 1), (400, 3), (150, 2), (500, 3), (250, 2), (450, 3), (200, 1) })
        {
            needs.Add(await world.CreateNeedAsync(coopKey, NeedFor(skill) with { DayRate = new DayRateInput(rate, rate, "GBP"), DaysPerWeek = days }));
            await DrainedAsync();
        }

        var pending = (await world.Suggestions.OfProfileAsync(person, default)).Where(s => s.Status == SuggestionStatus.Pending).ToList();
        Assert.Equal(5, pending.Count);
        var scores = await ScoresAsync(person, needs);
        Assert.True(scores.Values.Distinct().Count() >= 3, "the needs' pay and days give the person different scores");
        var kept = pending.Select(s => s.NeedId).ToHashSet();
        Assert.All(needs.Where(n => !kept.Contains(n)), left => Assert.True(scores[left] <= pending.Min(s => s.Score), $"{scores[left]} left out, {pending.Min(s => s.Score)} kept"));
        foreach (var need in needs)
        {
            Assert.Equal(kept.Contains(need), (await world.Suggestions.OfNeedAsync(need, default)).Any(s => s.ProfileId == person));
        }
    }

    [Fact]
    public async Task The_cap_holds_when_many_needs_are_matched_at_the_same_time()
    {
        skill = $"skill {EntityId.New()[..12]}";
        coopKey = (await world.CreateCoopAsync()).Key;
        var person = (await world.CreateConfirmedProfileAsync("Popular Person", new SkillInput(skill, "advanced"))).Id;
        await DrainedAsync();

        var needs = await Task.WhenAll(Enumerable.Range(1, 9).Select(i =>
            world.CreateNeedAsync(coopKey, NeedFor(skill) with { DayRate = new DayRateInput(100 + (40 * i), 100 + (40 * i), "GBP"), DaysPerWeek = 1 + (i % 3) })));
        await DrainedAsync();

        var pending = (await world.Suggestions.OfProfileAsync(person, default)).Where(s => s.Status == SuggestionStatus.Pending).ToList();
        Assert.Equal(5, pending.Count);
        var scores = await ScoresAsync(person, [.. needs]);
        var kept = pending.Select(s => s.NeedId).ToHashSet();
        Assert.True(
            scores.Where(s => !kept.Contains(s.Key)).Max(s => s.Value) <= scores.Where(s => kept.Contains(s.Key)).Min(s => s.Value),
            "the five kept are the person's best needs");
    }

    [Fact]
    public async Task Malformed_messages_complete_once_without_reaching_the_poison_queue()
    {
        var poison = world.App.Services.GetRequiredService<QueueServiceClient>().GetQueueClient(StorageNames.PoisonQueueOf(StorageNames.NeedUpdatesQueue));
        var before = (await poison.GetPropertiesAsync()).Value.ApproximateMessagesCount;
        var queue = new QueueClient(world.StorageConnectionString, StorageNames.NeedUpdatesQueue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

        await queue.SendMessageAsync("this is not json");
        await queue.SendMessageAsync("""{"id":"../../etc","version":1}""");
        await queue.SendMessageAsync("""{"id":"no-such-need","version":1}""");
        await queue.SendMessageAsync("""[1, 2, 3]""");
        await DrainedAsync();

        Assert.Equal(before, (await poison.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    private string? skill;
    private string coopKey = "";

    /// <summary>A need and <paramref name="candidates"/> confirmed people sharing a skill no other test uses, once all are suggested.</summary>
    private async Task<(string NeedId, List<string> People)> MatchedNeedAsync(int candidates)
    {
        skill = $"skill {EntityId.New()[..12]}";
        coopKey = (await world.CreateCoopAsync()).Key;
        var people = new List<string>();
        for (var i = 0; i < candidates; i++)
        {
            people.Add((await world.CreateConfirmedProfileAsync($"Person {i}", new SkillInput(skill, i % 2 == 0 ? "expert" : "learning"))).Id);
        }

        var needId = await world.CreateNeedAsync(coopKey, NeedFor(skill));
        await world.SuggestionsOfNeedAsync(needId, rows => rows.Count == candidates, "every candidate is suggested");
        await DrainedAsync();
        return (needId, people);
    }

    private static NeedInput NeedFor(string skill) => ApiWorld.ValidNeed() with
    {
        RequiredSkills = [new SkillInput(skill, "working")],
        NiceToHaveSkills = [],
    };

    /// <summary>The person's score for each need as matching computes it, with the live model.</summary>
    private async Task<Dictionary<string, float>> ScoresAsync(string person, List<string> needIds)
    {
        var services = world.App.Services;
        var live = (await services.GetRequiredService<Matchmaker.Ranking.ActiveRankingModel>().GetAsync(default))!;
        var projection = Matchmaker.Matching.MatchingProjections.Of((await services.GetRequiredService<Matchmaker.Profiles.ProfileStore>().FindAsync(person, default))!);
        var scores = new Dictionary<string, float>();
        foreach (var id in needIds)
        {
            var need = (await services.GetRequiredService<NeedStore>().FindAsync(id, default))!;
            var ranking = new Matchmaker.Matching.NeedRanking(Matchmaker.Model.Skills.Taxonomy.Default, live.Model, Matchmaker.Matching.MatchingProjections.Of(need), [projection], need.UpdatedAt, new Matchmaker.Matching.PreparedPeople(Matchmaker.Model.Skills.Taxonomy.Default));
            scores[id] = ranking.BestFirst().Single().Score;
        }

        return scores;
    }

    private Task SendAsync(NeedUpdatedMessage message) =>
        world.App.Services.GetRequiredService<QueueSender>().SendAsync(StorageNames.NeedUpdatesQueue, message, default);

    private Task DrainedAsync() => world.DrainedAsync();

    /// <summary>Every row of the need's suggestions and their mirrors, with all stored fields but the service's own (ETag, Timestamp).</summary>
    private async Task<List<string>> RowsAsync(string needId, List<string> people)
    {
        var rows = (await world.Suggestions.OfNeedAsync(needId, default)).ToList();
        foreach (var person in people)
        {
            rows.AddRange((await world.Suggestions.OfProfileAsync(person, default)).Where(r => r.NeedId == needId));
        }

        return [.. rows.Select(r => $"{r.PartitionKey}/{r.RowKey} {r.Status} {r.Score} {r.Rank} {r.ReasonsJson} {r.BreakdownJson} {r.FeaturesJson} {r.ModelVersion} {r.NeedVersion} {r.SuggestedAt:o}").Order(StringComparer.Ordinal)];
    }
}
