using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Matchmaker.CoopDesk;
using Matchmaker.Introductions;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Needs;
using Matchmaker.Platform.Common;
using Matchmaker.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.CoopDesk;

/// <summary>
/// GET /api/coops/me/needs over suggestions and introductions written straight to storage, in every state
/// the counts tell apart.
/// </summary>
public sealed class OwnNeedsTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    private TableServiceClient Tables => world.App.Services.GetRequiredService<TableServiceClient>();

    [Fact]
    public async Task A_coop_sees_its_needs_open_and_closed_newest_first_and_no_other_coops()
    {
        var coop = await world.CreateCoopAsync("Own Needs Co-op");
        var other = await world.CreateCoopAsync("Someone Else Co-op");
        var first = await world.CreateNeedAsync(coop.Key, ApiWorld.ValidNeed() with { Title = "First" });
        var second = await world.CreateNeedAsync(coop.Key, ApiWorld.ValidNeed() with { Title = "Second" });
        await world.CreateNeedAsync(other.Key);
        Assert.Equal(HttpStatusCode.OK, (await world.SendAsync(HttpMethod.Post, $"/api/needs/{first}/close", coop.Key, ApiWorld.Closing())).StatusCode);

        var needs = await OwnNeedsAsync(coop.Key);

        Assert.Equal([second, first], needs.Select(n => n.Id));
        var (open, closed) = (needs[0], needs[1]);
        Assert.Equal((NeedStatus.Open, (string?)null, "Own Needs Co-op"), (open.Status, open.ClosedReason, open.Coop.Name));
        Assert.Equal(NeedStaleness.Fresh, open.Staleness!.State);
        Assert.Equal(open.CreatedAt.AddDays(60), open.Staleness.StaleFrom);
        Assert.Null(open.Staleness.ClosesAt);
        Assert.Equal((NeedStatus.Closed, NeedStatus.ClosedByCoop, (NeedStaleness?)null), (closed.Status, closed.ClosedReason, closed.Staleness));
        Assert.NotNull(closed.ClosedAt);
        Assert.Equal(new NeedCounts(0, 0, 0, 0), open.Counts);
    }

    [Fact]
    public async Task Counts_follow_each_suggestion_and_only_people_who_both_accepted_are_named_never_with_an_email()
    {
        var coop = await world.CreateCoopAsync("Counting Co-op");
        var need = await world.CreateNeedAsync(coop.Key);
        await world.DrainedAsync();
        var pending = await PersonAsync("Pat Pending");
        var rejected = await PersonAsync("Rae Rejected");
        var approved = await PersonAsync("Ash Approved");
        var asked = await PersonAsync("Ari Asked");
        var accepted = await PersonAsync("Alex Accepted");
        var connected = await PersonAsync("Cam Connected");
        await SuggestAsync(need, pending, SuggestionStatus.Pending);
        await SuggestAsync(need, rejected, SuggestionStatus.Rejected);
        await SuggestAsync(need, approved, SuggestionStatus.Approved);
        await SuggestAsync(need, asked, SuggestionStatus.Approved, IntroductionStatus.Awaiting, IntroductionAnswer.Accept, IntroductionAnswer.None);
        await SuggestAsync(need, accepted, SuggestionStatus.Approved, IntroductionStatus.Accepted, IntroductionAnswer.Accept, IntroductionAnswer.Accept);
        await SuggestAsync(need, connected, SuggestionStatus.Approved, IntroductionStatus.Connected, IntroductionAnswer.Accept, IntroductionAnswer.Accept);

        var response = await world.SendAsync(HttpMethod.Get, "/api/coops/me/needs", coop.Key);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        var view = JsonSerializer.Deserialize<List<JsonElement>>(raw, JsonSerializerOptions.Web)!.Single();
        Assert.Equal(
            new NeedCounts(6, 4, 3, 1),
            JsonSerializer.Deserialize<NeedCounts>(view.GetProperty("counts").GetRawText(), JsonSerializerOptions.Web));
        Assert.Equal(["Alex Accepted", "Cam Connected"], view.GetProperty("connectedPeople").EnumerateArray().Select(n => n.GetString()).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("@example.org", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("hello@coop.example.org", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Ari Asked", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_a_coop_key_opens_the_list()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await world.SendAsync(HttpMethod.Get, "/api/coops/me/needs", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.SendAsync(HttpMethod.Get, "/api/coops/me/needs", ApiWorld.CoordinatorKey)).StatusCode);
    }

    private async Task<List<CoopNeedView>> OwnNeedsAsync(string key)
    {
        var response = await world.SendAsync(HttpMethod.Get, "/api/coops/me/needs", key);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. JsonSerializer.Deserialize<List<JsonElement>>(await response.Content.ReadAsStringAsync(), JsonSerializerOptions.Web)!.Select(Read)];
    }

    // A derived record without a parameterless constructor: read its parts and put it together again.
    private static CoopNeedView Read(JsonElement json) => new(
        json.Deserialize<NeedView>(JsonSerializerOptions.Web)!,
        json.GetProperty("counts").Deserialize<NeedCounts>(JsonSerializerOptions.Web)!,
        json.GetProperty("staleness").Deserialize<NeedStaleness?>(JsonSerializerOptions.Web),
        json.GetProperty("connectedPeople").Deserialize<List<string>>(JsonSerializerOptions.Web)!,
        json.GetProperty("closedReason").GetString(),
        json.GetProperty("closedAt").Deserialize<DateTimeOffset?>(JsonSerializerOptions.Web));

    private async Task<string> PersonAsync(string name)
    {
        var profile = TestProfiles.Entity(EntityId.New(), ProfileStatus.Active, TestProfiles.Valid() with { Email = $"person-{EntityId.New()}@example.org" });
        profile.Name = name;
        await new ProfileStore(Tables).UpsertAsync(profile, default);
        return profile.Id;
    }

    private async Task SuggestAsync(
        string needId, string profileId, string status, string? introduction = null, string personAnswer = "", string coopAnswer = "")
    {
        var suggestion = new SuggestionEntity
        {
            PartitionKey = SuggestionEntity.NeedPartition(needId),
            RowKey = profileId,
            NeedId = needId,
            ProfileId = profileId,
            Status = status,
            Score = 0.5,
            Rank = 1,
            ModelVersion = "v000001",
        };
        await new SuggestionStore(Tables).WriteNeedAsync([suggestion], [], [], default);
        if (introduction is null)
        {
            return;
        }

        var asked = introduction == IntroductionStatus.Requested ? (DateTimeOffset?)null : DateTimeOffset.UtcNow;
        await new IntroductionStore(Tables).AddIfMissingAsync(
            new IntroductionEntity
            {
                PartitionKey = IntroductionIds.Of(suggestion.Id),
                SuggestionId = suggestion.Id,
                NeedId = needId,
                ProfileId = profileId,
                Status = introduction,
                PersonAnswer = personAnswer,
                CoopAnswer = coopAnswer,
                AskedAt = asked,
                UpdatedAt = DateTimeOffset.UtcNow,
            },
            default);
    }
}
