using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Needs;
using Matchmaker.Platform.Audit;
using Matchmaker.Platform.Common;
using Matchmaker.Profiles;
using Matchmaker.Ranking.Decisions;
using Matchmaker.Review;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Review;

/// <summary>Approving and rejecting suggestions through the API, on suggestions made by real matching.</summary>
public sealed class SuggestionDecisionTests(LossyDecisionWorld world) : IClassFixture<LossyDecisionWorld>
{
    [Fact]
    public async Task An_approval_whose_answer_from_storage_was_lost_stands_in_both_rows_is_audited_and_labelled_once_and_starts_the_introduction()
    {
        var (needId, people) = await SuggestedAsync(1);
        var id = SuggestionId.Of(needId, people[0].Id);
        world.LostDecision.Arm();

        var approved = await DecideAsync(id, "approve", new ApproveInput(null));

        Assert.True(world.LostDecision.Fired);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(SuggestionStatus.Approved, (await world.Suggestions.OfProfileAsync(people[0].Id, default)).Single(s => s.NeedId == needId).Status);
        Assert.Equal("approved", Assert.Single(await Audit.OfSuggestionAsync(id, default)).Action);
        Assert.Equal(1, Assert.Single(await Decisions.ForTrainingAsync(default), p => p.GroupKey == needId).Label);
        Assert.NotNull(await world.App.Services.GetRequiredService<Matchmaker.Introductions.IntroductionStore>()
            .FindAsync(Matchmaker.Introductions.IntroductionIds.Of(id), default));
    }

    [Fact]
    public async Task An_approval_is_recorded_audited_and_kept_as_a_label_and_a_second_decision_answers_409()
    {
        var (needId, people) = await SuggestedAsync(2);
        var id = SuggestionId.Of(needId, people[0].Id);

        var approved = await DecideAsync(id, "approve", new ApproveInput("You two should talk about the housing app."));

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(SuggestionStatus.Approved, (await approved.Content.ReadFromJsonAsync<SuggestionDecided>())!.Status);
        var stored = (await world.Suggestions.FindAsync(needId, people[0].Id, default))!;
        Assert.Equal((SuggestionStatus.Approved, "You two should talk about the housing app."), (stored.Status, stored.Note));
        Assert.Equal(SuggestionStatus.Approved, (await world.Suggestions.OfProfileAsync(people[0].Id, default)).Single(s => s.NeedId == needId).Status);

        var again = await DecideAsync(id, "reject", new RejectInput("rate", null));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        Assert.Equal(SuggestionStatus.Approved, (await world.Suggestions.FindAsync(needId, people[0].Id, default))!.Status);

        var entry = Assert.Single(await Audit.OfSuggestionAsync(id, default));
        Assert.Equal(("approved", SuggestionReview.CoordinatorKeyActor, stored.ModelVersion, needId, people[0].Id), (entry.Action, entry.Actor, entry.ModelVersion, entry.NeedId, entry.ProfileId));
        var label = (await Decisions.ForTrainingAsync(default)).Single(p => p.GroupKey == needId);
        Assert.Equal(1, label.Label);
        Assert.Equal(JsonSerializer.Deserialize<Dictionary<string, float>>(stored.FeaturesJson)!.Values, label.Features);
    }

    [Fact]
    public async Task Approving_again_an_approval_whose_persons_copy_was_left_pending_answers_409_and_writes_the_copy()
    {
        var (needId, people) = await SuggestedAsync(1);
        var id = SuggestionId.Of(needId, people[0].Id);
        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(id, "approve", new ApproveInput(null))).StatusCode);
        // As a request that broke off after the decision, before the person's copy was written.
        var copy = (await world.Suggestions.OfProfileAsync(people[0].Id, default)).Single(s => s.NeedId == needId);
        copy.Status = SuggestionStatus.Pending;
        await new Azure.Data.Tables.TableClient(world.StorageConnectionString, Matchmaker.Platform.Storage.StorageNames.SuggestionsTable)
            .UpdateEntityAsync(copy, Azure.ETag.All, Azure.Data.Tables.TableUpdateMode.Replace);

        var again = await DecideAsync(id, "approve", new ApproveInput(null));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(SuggestionStatus.Approved, (await world.Suggestions.OfProfileAsync(people[0].Id, default)).Single(s => s.NeedId == needId).Status);
    }

    [Fact]
    public async Task Of_an_approval_and_a_rejection_at_once_exactly_one_lands()
    {
        var (needId, people) = await SuggestedAsync(1);
        var id = SuggestionId.Of(needId, people[0].Id);

        var answers = await Task.WhenAll(DecideAsync(id, "approve", new ApproveInput(null)), DecideAsync(id, "reject", new RejectInput("skills", null)));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        var winner = (await answers.Single(a => a.IsSuccessStatusCode).Content.ReadFromJsonAsync<SuggestionDecided>())!;
        Assert.Equal(winner.Status, (await world.Suggestions.FindAsync(needId, people[0].Id, default))!.Status);
        Assert.Equal(winner.Status, Assert.Single(await Audit.OfSuggestionAsync(id, default)).Action);
    }

    [Fact]
    public async Task A_rejection_is_a_label_only_for_people_who_consent_to_training()
    {
        var (needId, people) = await SuggestedAsync(2, training: [true, false]);

        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(SuggestionId.Of(needId, people[0].Id), "reject", new RejectInput("availability", "Busy until spring."))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(SuggestionId.Of(needId, people[1].Id), "reject", new RejectInput("location", null))).StatusCode);

        var labels = await Decisions.ForTrainingAsync(default);
        Assert.Equal(0, labels.Single(p => p.GroupKey == needId).Label);
        Assert.Single(await Decisions.OfProfileAsync(people[0].Id, default));
        Assert.Empty(await Decisions.OfProfileAsync(people[1].Id, default));
        Assert.Equal("location", Assert.Single(await Audit.OfSuggestionAsync(SuggestionId.Of(needId, people[1].Id), default)).Reason);
    }

    [Fact]
    public async Task Approval_is_refused_when_the_need_has_no_openings_left_or_the_person_withdrew_consent_to_introductions()
    {
        var (needId, people) = await SuggestedAsync(3);
        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(SuggestionId.Of(needId, people[0].Id), "approve", new ApproveInput(null))).StatusCode);

        var full = await DecideAsync(SuggestionId.Of(needId, people[1].Id), "approve", new ApproveInput(null));
        Assert.Equal(HttpStatusCode.Conflict, full.StatusCode);
        Assert.Contains("openings", await full.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(SuggestionStatus.Pending, (await world.Suggestions.FindAsync(needId, people[1].Id, default))!.Status);

        var (otherNeed, others) = await SuggestedAsync(1);
        var profile = (await world.App.Services.GetRequiredService<ProfileStore>().FindAsync(others[0].Id, default))!;
        profile.ConsentIntroductions = false;
        await world.App.Services.GetRequiredService<ProfileStore>().ReplaceAsync(profile, profile.ETag, default);
        var withdrawn = await DecideAsync(SuggestionId.Of(otherNeed, others[0].Id), "approve", new ApproveInput(null));
        Assert.Equal(HttpStatusCode.Conflict, withdrawn.StatusCode);
        Assert.Contains("introductions", await withdrawn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reject", """{"reason":"too-expensive"}""", "reason")]
    [InlineData("reject", """{}""", "reason")]
    [InlineData("approve", """{"note":123}""", "note")]
    [InlineData("approve", """{"status":"approved"}""", "status")]
    public async Task A_bad_decision_body_answers_400_naming_the_field(string action, string body, string field)
    {
        var (needId, people) = await SuggestedAsync(1);

        var response = await world.SendAsync(
            HttpMethod.Post, $"/api/suggestions/{SuggestionId.Of(needId, people[0].Id)}/{action}", ApiWorld.CoordinatorKey,
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(SuggestionStatus.Pending, (await world.Suggestions.FindAsync(needId, people[0].Id, default))!.Status);
    }

    [Theory]
    [InlineData("no-such-need~no-such-person")]
    [InlineData("not-an-id")]
    [InlineData("a~b~c")]
    public async Task An_unknown_or_malformed_suggestion_id_answers_404(string id)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await DecideAsync(id, "approve", new ApproveInput(null))).StatusCode);
    }

    private AuditLog Audit => world.App.Services.GetRequiredService<AuditLog>();

    private DecisionStore Decisions => world.App.Services.GetRequiredService<DecisionStore>();

    private Task<HttpResponseMessage> DecideAsync(string id, string action, object body) =>
        world.SendAsync(HttpMethod.Post, $"/api/suggestions/{id}/{action}", ApiWorld.CoordinatorKey, body);

    /// <summary>A need (one opening) with <paramref name="count"/> people suggested for it, sharing a skill no other test uses.</summary>
    private async Task<(string NeedId, List<ProfileCreated> People)> SuggestedAsync(int count, bool[]? training = null)
    {
        var skill = $"skill {EntityId.New()[..12]}";
        var people = new List<ProfileCreated>();
        for (var i = 0; i < count; i++)
        {
            var consent = new ConsentInput(Matching: true, Introductions: true, Training: training?[i] ?? true);
            people.Add(await world.CreateConfirmedProfileAsync($"Person {i}", consent, new SkillInput(skill, "advanced")));
        }

        var needId = await world.CreateNeedAsync(
            (await world.CreateCoopAsync()).Key, ApiWorld.ValidNeed() with { RequiredSkills = [new SkillInput(skill, "working")], NiceToHaveSkills = [], Openings = 1 });
        await world.SuggestionsOfNeedAsync(needId, rows => rows.Count == count, "everyone is suggested");
        // Re-matching runs queued by the people's profiles may still rewrite the rows; a decision taken meanwhile
        // is rightly refused as "changed while you decided", which these tests are not about.
        await world.DrainedAsync();
        return (needId, people);
    }
}
