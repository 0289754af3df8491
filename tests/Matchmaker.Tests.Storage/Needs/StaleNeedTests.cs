using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Matchmaker.Email.Outbox;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Needs;
using Matchmaker.Platform.Audit;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Needs;

/// <summary>
/// Needs going stale with the default settings (60 days, then 14 after the reminder). Each test's need has a
/// title of its own, so its emails are told apart from those of other tests' needs, which the sweep also sees.
/// </summary>
public sealed class StaleNeedTests(StaleNeedWorld world) : IClassFixture<StaleNeedWorld>
{
    private StaleNeedSweep Sweep => world.App.Services.GetRequiredService<StaleNeedSweep>();

    [Fact]
    public async Task A_need_unchanged_for_60_days_gets_one_reminder_however_often_the_sweep_runs()
    {
        var coop = await world.CreateCoopAsync("Reminded Co-op");
        var title = $"Reminder {EntityId.New()}";
        var need = await world.CreateNeedAsync(coop.Key, ApiWorld.ValidNeed() with { Title = title });

        world.Clock.Advance(TimeSpan.FromDays(59));
        await Sweep.RunAsync(default);
        Assert.Empty(RemindersAbout(title));
        Assert.Equal(NeedStaleness.Fresh, (await StalenessAsync(coop.Key, need))!.State);

        world.Clock.Advance(TimeSpan.FromDays(1.5));
        Assert.Equal(NeedStaleness.GoingStale, (await StalenessAsync(coop.Key, need))!.State);
        await Task.WhenAll(Sweep.RunAsync(default), Sweep.RunAsync(default));
        await Sweep.RunAsync(default);

        var reminder = Assert.Single(RemindersAbout(title));
        Assert.Contains("hello@coop.example.org", reminder.Header("To"), StringComparison.Ordinal);
        Assert.All(reminder.Parts, part => Assert.Contains("/api/coop", part.Text, StringComparison.Ordinal));
        var rows = await OutboxRowsAsync(need);
        Assert.Equal(OutboxStatus.Sent, Assert.Single(rows).GetString("Status"));
        var staleness = (await StalenessAsync(coop.Key, need))!;
        Assert.Equal(NeedStaleness.Reminded, staleness.State);
        Assert.NotNull(staleness.ClosesAt);
    }

    [Fact]
    public async Task A_need_left_unrenewed_14_days_after_its_reminder_closes_itself_and_its_pending_suggestions_expire()
    {
        var coop = await world.CreateCoopAsync("Expiring Co-op");
        var title = $"Expiring {EntityId.New()}";
        var need = await world.CreateNeedAsync(coop.Key, ApiWorld.ValidNeed() with { Title = title });
        await world.DrainedAsync();
        var profileId = EntityId.New();
        await new SuggestionStore(world.App.Services.GetRequiredService<TableServiceClient>()).WriteNeedAsync(
            [new SuggestionEntity { PartitionKey = SuggestionEntity.NeedPartition(need), RowKey = profileId, NeedId = need, ProfileId = profileId, Score = 0.5, Rank = 1 }], [], [], default);

        world.Clock.Advance(TimeSpan.FromDays(61));
        await Sweep.RunAsync(default);
        world.Clock.Advance(TimeSpan.FromDays(13));
        await Sweep.RunAsync(default);
        Assert.Equal(NeedStatus.Open, (await NeedAsync(coop.Key, need)).Status);

        world.Clock.Advance(TimeSpan.FromDays(1.5));
        await Sweep.RunAsync(default);
        await Sweep.RunAsync(default);

        var closed = await world.App.Services.GetRequiredService<NeedStore>().FindAsync(need, default);
        Assert.Equal((NeedStatus.Closed, NeedStatus.Expired), (closed!.Status, closed.ClosedReason));
        Assert.Single(RemindersAbout(title));
        var suggestions = world.App.Services.GetRequiredService<SuggestionStore>();
        await Eventually.TrueAsync(async () => (await suggestions.FindAsync(need, profileId, default))?.Status == SuggestionStatus.Expired, "the pending suggestion expires");
        var audit = Assert.Single(await world.App.Services.GetRequiredService<AuditLog>().OfSubjectAsync(need, default));
        Assert.Equal((AuditActions.NeedExpired, AuditActor.App, coop.Id), (audit.Action, audit.Actor, audit.CoopId));
        var own = await (await world.SendAsync(HttpMethod.Get, "/api/coops/me/needs", coop.Key)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("expired", own[0].GetProperty("closedReason").GetString());
        // Nobody said why: a need that closed itself has no reason and no note in any view.
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (own[0].GetProperty("closedBecause").ValueKind, own[0].GetProperty("closeNote").ValueKind));
        var view = await NeedAsync(coop.Key, need);
        Assert.Equal((NeedStatus.Closed, (string?)null, (string?)null), (view.Status, view.ClosedBecause, view.CloseNote));
    }

    [Fact]
    public async Task A_renewed_or_edited_need_starts_its_clock_again_and_is_not_reminded_or_closed()
    {
        var coop = await world.CreateCoopAsync("Renewing Co-op");
        var renewedTitle = $"Renewed {EntityId.New()}";
        var editedTitle = $"Edited {EntityId.New()}";
        var renewed = await world.CreateNeedAsync(coop.Key, ApiWorld.ValidNeed() with { Title = renewedTitle });
        var edited = await world.CreateNeedAsync(coop.Key, ApiWorld.ValidNeed() with { Title = editedTitle });

        world.Clock.Advance(TimeSpan.FromDays(50));
        var renewal = await world.SendAsync(HttpMethod.Post, $"/api/needs/{renewed}/renew", coop.Key);
        Assert.Equal(HttpStatusCode.OK, renewal.StatusCode);
        Assert.Equal(1, (await renewal.Content.ReadFromJsonAsync<NeedView>())!.Version);
        Assert.Equal(HttpStatusCode.OK, (await world.SendAsync(HttpMethod.Put, $"/api/needs/{edited}", coop.Key, ApiWorld.ValidNeed() with { Title = editedTitle })).StatusCode);
        world.Clock.Advance(TimeSpan.FromDays(20));
        await Sweep.RunAsync(default);

        Assert.Empty(RemindersAbout(renewedTitle));
        Assert.Empty(RemindersAbout(editedTitle));

        // Reminded later, then renewed: the reminder is forgotten, and the need stays open past the old closing day.
        world.Clock.Advance(TimeSpan.FromDays(45));
        await Sweep.RunAsync(default);
        Assert.Single(RemindersAbout(renewedTitle));
        Assert.Equal(HttpStatusCode.OK, (await world.SendAsync(HttpMethod.Post, $"/api/needs/{renewed}/renew", coop.Key)).StatusCode);
        Assert.Equal(NeedStaleness.Fresh, (await StalenessAsync(coop.Key, renewed))!.State);
        world.Clock.Advance(TimeSpan.FromDays(20));
        await Sweep.RunAsync(default);

        Assert.Equal(NeedStatus.Open, (await NeedAsync(coop.Key, renewed)).Status);
        Assert.Single(RemindersAbout(renewedTitle));
    }

    [Fact]
    public async Task Renewing_needs_a_coops_own_need()
    {
        var coop = await world.CreateCoopAsync();
        var other = await world.CreateCoopAsync();
        var need = await world.CreateNeedAsync(coop.Key);

        Assert.Equal(HttpStatusCode.NotFound, (await world.SendAsync(HttpMethod.Post, $"/api/needs/{need}/renew", other.Key)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await world.SendAsync(HttpMethod.Post, $"/api/needs/{need}/renew", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.SendAsync(HttpMethod.Post, $"/api/needs/{EntityId.New()}/renew", coop.Key)).StatusCode);
    }

    private List<EmlFile> RemindersAbout(string title) =>
        [.. world.App.Outbox.All().Where(e => e.Header("X-Category") == NeedReminderEmail.Category && e.Header("Subject").Contains(title, StringComparison.Ordinal))];

    private async Task<List<TableEntity>> OutboxRowsAsync(string needId)
    {
        var table = world.App.Services.GetRequiredService<TableServiceClient>().GetTableClient(StorageNames.OutboxTable);
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {StaleNeedSweep.OutboxPartition(needId)}")))
        {
            rows.Add(row);
        }

        return rows;
    }

    private async Task<NeedView> NeedAsync(string key, string id) =>
        (await (await world.SendAsync(HttpMethod.Get, $"/api/needs/{id}", key)).Content.ReadFromJsonAsync<NeedView>())!;

    private async Task<NeedStaleness?> StalenessAsync(string key, string id)
    {
        var own = await (await world.SendAsync(HttpMethod.Get, "/api/coops/me/needs", key)).Content.ReadFromJsonAsync<JsonElement>();
        var need = own.EnumerateArray().Single(n => n.GetProperty("id").GetString() == id);
        return need.GetProperty("staleness").Deserialize<NeedStaleness?>(JsonSerializerOptions.Web);
    }
}
