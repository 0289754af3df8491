using Matchmaker.Email.Outbox;
using Matchmaker.Introductions;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Needs;
using Matchmaker.Platform.Audit;
using Matchmaker.Platform.Limits;
using Matchmaker.Platform.Storage;
using Matchmaker.Ranking.Decisions;
using static Matchmaker.Tests.Storage.Platform.Retention.RetentionWorld;

namespace Matchmaker.Tests.Storage.Platform.Retention;

/// <summary>
/// Fixtures aged two years, 100 days, 89 days and 2 days in each table, and the daily job with the default
/// periods: exactly what is past its period goes, what is still in use stays whatever its age, and a second
/// run deletes nothing more. Each test has a storage account of its own.
/// </summary>
public sealed class RetentionPeriodTests : IAsyncLifetime
{
    private RetentionWorld world = null!;

    public async Task InitializeAsync() => world = await CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Audit_entries_and_training_labels_older_than_two_years_go_and_younger_ones_stay()
    {
        foreach (var (age, span) in Ages)
        {
            await world.AddAsync(StorageNames.AuditTable, new AuditEntity { PartitionKey = $"subject-{age}", RowKey = "entry", Action = "rejected", At = Now - span });
            await world.AddAsync(StorageNames.DecisionsTable, new DecisionEntity { PartitionKey = $"need-{age}", RowKey = "profile", Outcome = "Rejected", DecidedAt = Now - span });
        }

        var first = await world.RunAsync();

        Assert.Equal(1, first[StorageNames.AuditTable]);
        Assert.Equal(1, first[StorageNames.DecisionsTable]);
        Assert.Equal(["subject-100d/entry", "subject-2d/entry", "subject-89d/entry"], await world.KeysAsync(StorageNames.AuditTable));
        Assert.Equal(["need-100d/profile", "need-2d/profile", "need-89d/profile"], await world.KeysAsync(StorageNames.DecisionsTable));
        await AssertSecondRunDeletesNothingAsync();
    }

    [Fact]
    public async Task Rejected_and_expired_suggestions_past_90_days_go_with_their_mirrors_and_pending_or_approved_ones_stay()
    {
        foreach (var (age, span) in Ages)
        {
            await AddSuggestionAsync($"rejected-{age}", SuggestionStatus.Rejected, suggestedAt: Now - span - TimeSpan.FromDays(5), decidedAt: Now - span);
            await AddSuggestionAsync($"expired-{age}", SuggestionStatus.Expired, suggestedAt: Now - span, decidedAt: null);
        }

        await AddSuggestionAsync("pending-2y", SuggestionStatus.Pending, suggestedAt: Now - Ages["2y"], decidedAt: null);
        await AddSuggestionAsync("approved-2y", SuggestionStatus.Approved, suggestedAt: Now - Ages["2y"], decidedAt: Now - Ages["2y"]);

        var first = await world.RunAsync();

        // Two suggestions of each status past 90 days, each stored twice.
        Assert.Equal(8, first[StorageNames.SuggestionsTable]);
        string[] kept = ["approved-2y", "expired-2d", "expired-89d", "pending-2y", "rejected-2d", "rejected-89d"];
        Assert.Equal(
            [.. kept.Select(n => $"need-n-{n}/p-{n}"), .. kept.Select(n => $"profile-p-{n}/n-{n}")],
            await world.KeysAsync(StorageNames.SuggestionsTable));
        await AssertSecondRunDeletesNothingAsync();
    }

    [Fact]
    public async Task Finished_emails_past_90_days_go_once_their_introduction_is_over_and_emails_in_use_stay()
    {
        var ended = await world.AddIntroductionAsync(IntroductionStatus.Declined);
        var open = await world.AddIntroductionAsync(IntroductionStatus.Awaiting);
        var erased = IntroductionIds.Of(Guid.NewGuid().ToString("N"));
        var need = StaleNeedSweep.OutboxPartition("need1");
        foreach (var (age, span) in Ages)
        {
            await AddEmailAsync(ended, $"sent-{age}", OutboxStatus.Sent, span);
        }

        await AddEmailAsync(ended, "failed-100d", OutboxStatus.Failed, Ages["100d"]);
        await AddEmailAsync(ended, "unknown-100d", OutboxStatus.Unknown, Ages["100d"]);
        await AddEmailAsync(ended, "pending-2y", OutboxStatus.Pending, Ages["2y"]);
        await AddEmailAsync(ended, "sending-2y", OutboxStatus.Sending, Ages["2y"]);
        await AddEmailAsync(open, "sent-2y", OutboxStatus.Sent, Ages["2y"]);
        await AddEmailAsync(erased, "sent-100d", OutboxStatus.Sent, Ages["100d"]);
        await AddEmailAsync(need, "reminder-100d", OutboxStatus.Sent, Ages["100d"]);
        await AddEmailAsync(need, "reminder-2d", OutboxStatus.Sent, Ages["2d"]);

        var first = await world.RunAsync();

        Assert.Equal(6, first[StorageNames.OutboxTable]);
        Assert.Equal(
            new[] { $"{ended}/pending-2y", $"{ended}/sending-2y", $"{ended}/sent-2d", $"{ended}/sent-89d", $"{open}/sent-2y", $"{need}/reminder-2d" }.Order(StringComparer.Ordinal),
            await world.KeysAsync(StorageNames.OutboxTable));
        await AssertSecondRunDeletesNothingAsync();
    }

    [Fact]
    public async Task Response_tokens_go_30_days_after_they_expired_once_their_introduction_is_over_and_an_open_ones_stay()
    {
        var ended = await world.AddIntroductionAsync(IntroductionStatus.Expired);
        var open = await world.AddIntroductionAsync(IntroductionStatus.Accepted);
        foreach (var (age, span) in Ages)
        {
            await AddTokenAsync(ended, $"{IntroductionTokenEntity.RowPrefix}{age}", Now - span);
        }

        await AddTokenAsync(open, $"{IntroductionTokenEntity.RowPrefix}2y", Now - Ages["2y"]);

        var first = await world.RunAsync();

        Assert.Equal(3, first["introduction tokens"]);
        Assert.Equal(
            new[] { $"{ended}/introduction", $"{ended}/token-2d", $"{open}/introduction", $"{open}/token-2y" }.Order(StringComparer.Ordinal),
            await world.KeysAsync(StorageNames.IntroductionsTable));
        await AssertSecondRunDeletesNothingAsync();
    }

    [Fact]
    public async Task Hourly_counts_go_two_days_after_their_hour_ended_and_the_recent_ones_stay()
    {
        var hours = new List<string>();
        foreach (var at in Ages.Values.Select(span => Now - span).Append(Now))
        {
            var counter = new LimitCounter(world.Tables, new ManualTimeProvider(at));
            Assert.Null(await counter.TryTakeAsync("caller-hash", 10, default));
            hours.Add((await world.KeysAsync(StorageNames.LimitsTable)).Except(hours).Single());
        }

        var first = await world.RunAsync();

        Assert.Equal(3, first[StorageNames.LimitsTable]);
        Assert.Equal(hours.Skip(3), await world.KeysAsync(StorageNames.LimitsTable));
        await AssertSecondRunDeletesNothingAsync();
    }

    [Fact]
    public async Task On_an_empty_store_every_table_is_pruned_of_nothing()
    {
        var first = await world.RunAsync();

        Assert.Equal(7, first.Count);
        Assert.All(first, pruned => Assert.Equal(0, pruned.Value));
    }

    [Fact]
    public async Task The_daily_timer_runs_the_job()
    {
        await world.AddAsync(StorageNames.AuditTable, new AuditEntity { PartitionKey = "subject", RowKey = "entry", At = Now - Ages["2y"] });

        await world.RunTimerAsync();

        Assert.Empty(await world.KeysAsync(StorageNames.AuditTable));
    }

    private async Task AssertSecondRunDeletesNothingAsync()
    {
        var second = await world.RunAsync();

        // Every kind of record was pruned (none failed), and nothing more went.
        Assert.Equal(7, second.Count);
        Assert.All(second, pruned => Assert.Equal(0, pruned.Value));
    }

    private async Task AddSuggestionAsync(string name, string status, DateTimeOffset suggestedAt, DateTimeOffset? decidedAt)
    {
        var suggestion = new SuggestionEntity
        {
            PartitionKey = SuggestionEntity.NeedPartition($"n-{name}"),
            RowKey = $"p-{name}",
            NeedId = $"n-{name}",
            ProfileId = $"p-{name}",
            Status = status,
            SuggestedAt = suggestedAt,
            DecidedAt = decidedAt,
            RejectionReason = status == SuggestionStatus.Rejected ? "skills" : null,
        };
        await world.AddAsync(StorageNames.SuggestionsTable, suggestion);
        await world.AddAsync(StorageNames.SuggestionsTable, suggestion.MirrorFor(SuggestionEntity.ProfilePartition(suggestion.ProfileId), suggestion.NeedId));
    }

    private Task AddEmailAsync(string partition, string key, string status, TimeSpan age) =>
        world.AddAsync(StorageNames.OutboxTable, new OutboxEntity
        {
            PartitionKey = partition,
            RowKey = key,
            Status = status,
            CreatedAt = Now - age - TimeSpan.FromDays(1),
            UpdatedAt = Now - age,
        });

    private Task AddTokenAsync(string introductionId, string key, DateTimeOffset expiresAt) =>
        world.AddAsync(StorageNames.IntroductionsTable, new IntroductionTokenEntity { PartitionKey = introductionId, RowKey = key, ExpiresAt = expiresAt });
}
