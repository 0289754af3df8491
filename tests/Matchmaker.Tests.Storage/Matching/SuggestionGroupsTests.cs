using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Platform.Common;

namespace Matchmaker.Tests.Storage.Matching;

/// <summary>
/// <c>GET /suggestions/by-need</c>: the review page's one line per need. Suggestions are written straight to
/// the store for needs posted through the API, in a world where nothing matches them.
/// </summary>
public sealed class SuggestionGroupsTests(WithoutMatchingWorld world) : IClassFixture<WithoutMatchingWorld>
{
    private SuggestionStore Store => new(new TableServiceClient(world.StorageConnectionString));

    [Fact]
    public async Task Each_need_is_one_group_counting_its_suggestions_of_the_status_with_its_title_and_co_op_best_need_first()
    {
        var coop = await world.CreateCoopAsync("Grouping Co-op");
        var weaker = await world.CreateNeedAsync(coop.Key, ApiWorld.ValidNeed() with { Title = "Weaker need" });
        var stronger = await world.CreateNeedAsync(coop.Key, ApiWorld.ValidNeed() with { Title = "Stronger need" });
        await WriteAsync(weaker, (0.4, SuggestionStatus.Pending), (0.3, SuggestionStatus.Pending), (0.9, SuggestionStatus.Rejected));
        await WriteAsync(stronger, (0.8, SuggestionStatus.Pending), (0.2, SuggestionStatus.Pending), (0.1, SuggestionStatus.Pending));

        var groups = await GroupsAsync($"status=pending&coopId={coop.Id}");

        Assert.Equal([stronger, weaker], groups.Select(g => g.NeedId));
        Assert.Equal([3, 2], groups.Select(g => g.Count));
        Assert.Equal(["Stronger need", "Weaker need"], groups.Select(g => g.Title));
        Assert.All(groups, g => Assert.Equal("Grouping Co-op", g.CoopName));
        Assert.All(groups, g => Assert.Equal(coop.Id, g.CoopId));
    }

    [Fact]
    public async Task The_status_filter_counts_only_that_status_and_a_need_without_one_is_left_out()
    {
        var coop = await world.CreateCoopAsync("Status Co-op");
        var decided = await world.CreateNeedAsync(coop.Key);
        var waiting = await world.CreateNeedAsync(coop.Key);
        await WriteAsync(decided, (0.9, SuggestionStatus.Rejected), (0.8, SuggestionStatus.Rejected), (0.7, SuggestionStatus.Approved));
        await WriteAsync(waiting, (0.5, SuggestionStatus.Pending));

        var rejected = await GroupsAsync($"status=rejected&coopId={coop.Id}");
        var pending = await GroupsAsync($"status=pending&coopId={coop.Id}");
        var any = await GroupsAsync($"coopId={coop.Id}");

        Assert.Equal([(decided, 2)], rejected.Select(g => (g.NeedId, g.Count)));
        Assert.Equal([(waiting, 1)], pending.Select(g => (g.NeedId, g.Count)));
        Assert.Equal([(decided, 3), (waiting, 1)], any.Select(g => (g.NeedId, g.Count)));
    }

    [Fact]
    public async Task Suggestions_of_a_need_that_no_longer_exists_are_still_counted_without_a_title()
    {
        var gone = EntityId.New();
        await WriteAsync(gone, (0.6, SuggestionStatus.Expired), (0.5, SuggestionStatus.Expired));

        var groups = await GroupsAsync($"needId={gone}");

        var group = Assert.Single(groups);
        Assert.Equal((gone, 2, null, null, null), (group.NeedId, group.Count, group.Title, group.CoopId, group.CoopName));
    }

    [Theory]
    [InlineData("status=approve", "status")]
    [InlineData("needId=Not_An_Id", "needId")]
    [InlineData("coopId=..%2Fcoops", "coopId")]
    [InlineData("profileId=a~b", "profileId")]
    public async Task Bad_query_parameters_answer_400_naming_the_field(string query, string field)
    {
        var response = await world.SendAsync(HttpMethod.Get, $"/api/suggestions/by-need?{query}", ApiWorld.CoordinatorKey);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"The errors name {field}: {errors}");
    }

    private Task WriteAsync(string needId, params (double Score, string Status)[] suggestions) =>
        Store.WriteNeedAsync([.. suggestions.Select(s => StoredSuggestion.Of(needId, EntityId.New(), s.Score, s.Status, DateTimeOffset.UtcNow))], [], [], default);

    private async Task<IReadOnlyList<SuggestionGroup>> GroupsAsync(string query)
    {
        var response = await world.SendAsync(HttpMethod.Get, $"/api/suggestions/by-need?{query}", ApiWorld.CoordinatorKey);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<SuggestionGroupList>())!.Items;
    }
}
