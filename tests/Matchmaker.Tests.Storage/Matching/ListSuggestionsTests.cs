using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Platform.Common;
using Microsoft.AspNetCore.WebUtilities;

namespace Matchmaker.Tests.Storage.Matching;

/// <summary>
/// Suggestions are written straight to the store (the list is the subject, not matching). Every test uses
/// fresh ids, so the tests that read across all needs only make claims about their own rows.
/// </summary>
public sealed class ListSuggestionsTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    private static readonly DateTimeOffset SuggestedAt = new(2025, 3, 4, 5, 6, 7, TimeSpan.Zero);

    private SuggestionStore Store => new(new TableServiceClient(world.StorageConnectionString));

    [Fact]
    public async Task A_need_filter_lists_that_needs_suggestions_best_first_with_every_field()
    {
        var (need, otherNeed) = (EntityId.New(), EntityId.New());
        var people = Enumerable.Range(0, 3).Select(_ => EntityId.New()).ToList();
        await WriteAsync(Suggestion(need, people[0], 0.2), Suggestion(need, people[1], 0.9), Suggestion(need, people[2], 0.5));
        await WriteAsync(Suggestion(otherNeed, people[0], 5.0));

        var page = await ListAsync($"needId={need}");

        Assert.Equal([people[1], people[2], people[0]], page.Items.Select(s => s.ProfileId));
        Assert.Null(page.Continuation);
        var best = page.Items[0];
        Assert.Equal($"{need}~{people[1]}", best.Id);
        Assert.Equal(need, best.NeedId);
        Assert.Equal(0.9, best.Score);
        Assert.Equal(1, best.Rank);
        Assert.Equal(["has React and TypeScript, both required"], best.Reasons);
        Assert.Equal(0.5, best.Breakdown["requiredCoverageExact"]);
        Assert.Equal(SuggestionStatus.Pending, best.Status);
        Assert.Equal("v000001", best.ModelVersion);
        Assert.Equal(SuggestedAt, best.SuggestedAt);
    }

    [Fact]
    public async Task A_profile_filter_lists_that_persons_suggestions_across_needs_best_first()
    {
        var (person, otherPerson) = (EntityId.New(), EntityId.New());
        var needs = Enumerable.Range(0, 3).Select(_ => EntityId.New()).ToList();
        await WriteAsync(Suggestion(needs[0], person, 0.1), Suggestion(needs[0], otherPerson, 0.8));
        await WriteAsync(Suggestion(needs[1], person, 0.7));
        await WriteAsync(Suggestion(needs[2], person, 0.4, SuggestionStatus.Rejected));

        var page = await ListAsync($"profileId={person}");

        Assert.Equal([needs[1], needs[2], needs[0]], page.Items.Select(s => s.NeedId));
        Assert.All(page.Items, s => Assert.Equal(person, s.ProfileId));
        Assert.Equal([0.7, 0.4, 0.1], page.Items.Select(s => s.Score));
    }

    [Fact]
    public async Task A_status_filter_keeps_only_suggestions_of_that_status_with_or_without_a_need()
    {
        var need = EntityId.New();
        var (pending, rejected, expired) = (EntityId.New(), EntityId.New(), EntityId.New());
        await WriteAsync(
            Suggestion(need, pending, 0.9),
            Suggestion(need, rejected, 0.8, SuggestionStatus.Rejected),
            Suggestion(need, expired, 0.7, SuggestionStatus.Expired));

        var ofNeed = await ListAsync($"needId={need}&status=rejected");
        var everywhere = await AllAsync("status=expired");

        Assert.Equal([rejected], ofNeed.Items.Select(s => s.ProfileId));
        Assert.All(everywhere, s => Assert.Equal(SuggestionStatus.Expired, s.Status));
        Assert.Contains(everywhere, s => s.ProfileId == expired);
        Assert.DoesNotContain(everywhere, s => s.ProfileId == pending || s.ProfileId == rejected);
    }

    [Fact]
    public async Task Without_filters_every_suggestion_is_listed_best_first_and_equal_scores_by_id()
    {
        var need = EntityId.New();
        var people = Enumerable.Range(0, 3).Select(_ => EntityId.New()).Order(StringComparer.Ordinal).ToList();
        await WriteAsync(Suggestion(need, people[2], 0.25), Suggestion(need, people[0], 0.25), Suggestion(need, people[1], 0.25));

        var all = await AllAsync("");

        Assert.Equal(people, all.Where(s => s.NeedId == need).Select(s => s.ProfileId));
        var order = all.Select(s => (s.Score, s.Id)).ToList();
        Assert.Equal(order.OrderByDescending(s => s.Score).ThenBy(s => s.Id, StringComparer.Ordinal), order);
    }

    [Fact]
    public async Task Pages_follow_one_another_through_the_continuation_until_it_is_null()
    {
        var need = EntityId.New();
        var people = Enumerable.Range(0, 5).Select(_ => EntityId.New()).ToList();
        await WriteAsync([.. people.Select((person, i) => Suggestion(need, person, i / 10.0))]);

        var first = await ListAsync($"needId={need}&limit=2");
        var second = await ListAsync($"needId={need}&limit=2&continuation={first.Continuation}");
        var third = await ListAsync($"needId={need}&limit=2&continuation={second.Continuation}");

        Assert.NotNull(first.Continuation);
        Assert.NotNull(second.Continuation);
        Assert.Null(third.Continuation);
        Assert.Equal(
            Enumerable.Reverse(people),
            first.Items.Concat(second.Items).Concat(third.Items).Select(s => s.ProfileId));
    }

    [Fact]
    public async Task A_suggestion_added_between_two_pages_neither_repeats_nor_hides_the_ones_after_the_first_page()
    {
        var need = EntityId.New();
        var people = Enumerable.Range(0, 3).Select(_ => EntityId.New()).ToList();
        await WriteAsync(Suggestion(need, people[0], 0.9), Suggestion(need, people[1], 0.5), Suggestion(need, people[2], 0.1));

        var first = await ListAsync($"needId={need}&limit=1");
        await WriteAsync(Suggestion(need, EntityId.New(), 0.95));
        var rest = await ListAsync($"needId={need}&continuation={first.Continuation}");

        Assert.Equal([people[0]], first.Items.Select(s => s.ProfileId));
        Assert.Equal([people[1], people[2]], rest.Items.Select(s => s.ProfileId));
    }

    [Theory]
    [InlineData("status=approve", "status")]
    [InlineData("status=pending&status=rejected", "status")]
    [InlineData("needId=Not_An_Id", "needId")]
    [InlineData("profileId=..%2F..%2Fetc", "profileId")]
    [InlineData("needId=abc~def", "needId")]
    [InlineData("coopId=..%2Fcoops", "coopId")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("continuation=%21%21%21", "continuation")]
    [InlineData("continuation=bm90IGEgY3Vyc29y", "continuation")]
    public async Task Bad_query_parameters_answer_400_naming_the_field(string query, string field)
    {
        var response = await world.SendAsync(HttpMethod.Get, $"/api/suggestions?{query}", ApiWorld.CoordinatorKey);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"The errors name {field}: {errors}");
    }

    [Fact]
    public async Task A_continuation_whose_id_is_malformed_answers_400()
    {
        var forged = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes("0.5 ../../etc"));

        var response = await world.SendAsync(HttpMethod.Get, $"/api/suggestions?continuation={forged}", ApiWorld.CoordinatorKey);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static SuggestionEntity Suggestion(string needId, string profileId, double score, string status = SuggestionStatus.Pending) =>
        StoredSuggestion.Of(needId, profileId, score, status, SuggestedAt);

    // One need's rows per call: the store writes a need's partition in one transaction.
    private Task WriteAsync(params SuggestionEntity[] suggestions) => Store.WriteNeedAsync(suggestions, [], [], default);

    private async Task<ResultPage<SuggestionView>> ListAsync(string query)
    {
        var response = await world.SendAsync(HttpMethod.Get, $"/api/suggestions?{query}", ApiWorld.CoordinatorKey);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ResultPage<SuggestionView>>())!;
    }

    private async Task<List<SuggestionView>> AllAsync(string query)
    {
        var all = new List<SuggestionView>();
        string? continuation = null;
        do
        {
            var page = await ListAsync($"{query}&limit=100" + (continuation is null ? "" : $"&continuation={continuation}"));
            all.AddRange(page.Items);
            continuation = page.Continuation;
        }
        while (continuation is not null);
        return all;
    }
}
