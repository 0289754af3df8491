using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matchmaker.Introductions;

namespace Matchmaker.Tests.Storage.Introductions;

/// <summary>The double opt-in from approval to introduction, through the API, the queue and a SendGrid stand-in.</summary>
public sealed class IntroductionFlowTests(IntroductionWorld world) : IClassFixture<IntroductionWorld>
{
    [Fact]
    public async Task Both_sides_are_asked_without_each_others_address_and_when_both_accept_each_gets_the_others_contact_with_the_coordinators_in_copy()
    {
        var introduced = await world.ApprovedAsync(note: "You both run Nextcloud.");

        var asked = await world.MailsAsync(introduced.IntroductionId, m => m.Count >= 2, "both sides are asked");
        var toPerson = Assert.Single(asked, m => m.To == introduced.PersonEmail);
        var toCoop = Assert.Single(asked, m => m.To == introduced.CoopEmail);
        Assert.Equal(["ask-coop", "ask-person"], asked.Select(m => m.EmailKey).Order());
        Assert.Contains("Hosting support", toPerson.Text, StringComparison.Ordinal);
        Assert.Contains("Example Tech Co-op", toPerson.Text, StringComparison.Ordinal);
        Assert.Contains("Holds all required skills: Linux", toPerson.Text, StringComparison.Ordinal);
        Assert.Contains("You both run Nextcloud.", toPerson.Html, StringComparison.Ordinal);
        Assert.Contains("Robin Example", toCoop.Text, StringComparison.Ordinal);
        Assert.Contains("WordPress (advanced)", toCoop.Text, StringComparison.Ordinal);
        Assert.Contains("London, GB", toCoop.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(introduced.CoopEmail, toPerson.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(introduced.PersonEmail, toCoop.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("2080", toCoop.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("2,080", toCoop.Body, StringComparison.Ordinal);
        Assert.All(asked, m => Assert.Empty(m.Cc));
        Assert.All(asked, m =>
        {
            Assert.Matches("^<http://.+/api/unsubscribe\\?token=[A-Za-z0-9_-]+>$", m.Headers["List-Unsubscribe"]);
            Assert.Equal("List-Unsubscribe=One-Click", m.Headers["List-Unsubscribe-Post"]);
        });

        Assert.Equal(HttpStatusCode.OK, (await world.RespondAsync(introduced.IntroductionId, toPerson.Token, "accept")).StatusCode);
        var coopAnswer = await world.RespondByFormAsync(introduced.IntroductionId, toCoop.Token, "accept");
        Assert.Equal(HttpStatusCode.OK, coopAnswer.StatusCode);
        Assert.Contains("your yes is recorded", await coopAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var all = await world.MailsAsync(introduced.IntroductionId, m => m.Count >= 4, "the introduction is sent to both");
        var connected = all.Where(m => m.EmailKey!.StartsWith("connected-", StringComparison.Ordinal)).ToList();
        Assert.Contains(introduced.CoopEmail, Assert.Single(connected, m => m.To == introduced.PersonEmail).Text, StringComparison.Ordinal);
        Assert.Contains(introduced.PersonEmail, Assert.Single(connected, m => m.To == introduced.CoopEmail).Text, StringComparison.Ordinal);
        Assert.All(connected, m => Assert.Equal([IntroductionWorld.CoordinatorEmail], m.Cc));
        var done = await world.IntroductionAsync(introduced.IntroductionId, i => i.Status == IntroductionStatus.Connected, "the introduction is connected");
        Assert.Equal((IntroductionAnswer.Accept, IntroductionAnswer.Accept), (done.PersonAnswer, done.CoopAnswer));

        var listed = await world.SendAsync(HttpMethod.Get, "/api/introductions?status=connected", ApiWorld.CoordinatorKey);
        using var json = JsonDocument.Parse(await listed.Content.ReadAsStringAsync());
        var item = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == introduced.IntroductionId);
        Assert.Equal("sent", item.GetProperty("emails").GetProperty("connected-person").GetString());
        Assert.Equal(("Hosting support", "Example Tech Co-op", "Robin Example"), (
            item.GetProperty("needTitle").GetString(), item.GetProperty("coopName").GetString(), item.GetProperty("personName").GetString()));
        Assert.DoesNotContain("@", item.GetRawText(), StringComparison.Ordinal);

        var insights = await world.SendAsync(HttpMethod.Get, "/api/insights", ApiWorld.CoordinatorKey);
        using var report = JsonDocument.Parse(await insights.Content.ReadAsStringAsync());
        Assert.True(report.RootElement.GetProperty("funnel").GetProperty("connected").GetInt32() >= 1);
        Assert.True(report.RootElement.GetProperty("funnel").GetProperty("accepted").GetInt32() >= 1);
    }

    [Fact]
    public async Task One_decline_tells_both_politely_and_shares_nothing()
    {
        var introduced = await world.ApprovedAsync();
        var asked = await world.MailsAsync(introduced.IntroductionId, m => m.Count >= 2, "both sides are asked");

        Assert.Equal(HttpStatusCode.OK, (await world.RespondAsync(introduced.IntroductionId, asked.Single(m => m.To == introduced.CoopEmail).Token, "decline")).StatusCode);

        var all = await world.MailsAsync(introduced.IntroductionId, m => m.Count >= 4, "both are told");
        var closed = all.Where(m => m.EmailKey!.StartsWith("closed-", StringComparison.Ordinal)).ToList();
        Assert.Equal([introduced.CoopEmail, introduced.PersonEmail], closed.Select(m => m.To).Order(StringComparer.Ordinal));
        Assert.All(closed, m => Assert.Contains("will not go ahead", m.Text, StringComparison.Ordinal));
        Assert.DoesNotContain(all, m => m.EmailKey!.StartsWith("connected-", StringComparison.Ordinal));
        Assert.DoesNotContain(all, m => m.To == introduced.PersonEmail && m.Body.Contains(introduced.CoopEmail, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(all, m => m.To == introduced.CoopEmail && m.Body.Contains(introduced.PersonEmail, StringComparison.OrdinalIgnoreCase));
        var ended = await world.IntroductionAsync(introduced.IntroductionId, i => i.Status == IntroductionStatus.Declined, "the introduction is declined");
        Assert.Equal(IntroductionAnswer.None, ended.PersonAnswer);

        var late = await world.RespondAsync(introduced.IntroductionId, asked.Single(m => m.To == introduced.PersonEmail).Token, "accept");
        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
    }

    [Fact]
    public async Task Opening_a_response_link_shows_a_confirmation_page_and_changes_nothing_and_a_used_token_is_refused()
    {
        var introduced = await world.ApprovedAsync();
        var toPerson = (await world.MailsAsync(introduced.IntroductionId, m => m.Count >= 2, "both sides are asked")).Single(m => m.To == introduced.PersonEmail);
        var link = $"/api/introductions/{introduced.IntroductionId}/respond?token={toPerson.Token}&answer=accept";

        for (var i = 0; i < 3; i++)
        {
            var page = await world.SendAsync(HttpMethod.Get, link, null);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            Assert.Contains("form-action 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Contains("method=\"post\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var unchanged = (await world.Introductions.FindAsync(introduced.IntroductionId, default))!;
        Assert.Equal((IntroductionStatus.Awaiting, IntroductionAnswer.None), (unchanged.Status, unchanged.PersonAnswer));

        Assert.Equal(HttpStatusCode.OK, (await world.RespondAsync(introduced.IntroductionId, toPerson.Token, "accept")).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await world.RespondAsync(introduced.IntroductionId, toPerson.Token, "decline")).StatusCode);
        var usedPage = await world.SendAsync(HttpMethod.Get, link, null);
        Assert.Equal(HttpStatusCode.Gone, usedPage.StatusCode);
        Assert.Contains("This link has been used", await usedPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(IntroductionAnswer.Accept, (await world.Introductions.FindAsync(introduced.IntroductionId, default))!.PersonAnswer);
    }

    [Fact]
    public async Task A_token_acts_only_on_its_own_introduction()
    {
        var first = await world.ApprovedAsync();
        var second = await world.ApprovedAsync();
        var token = (await world.MailsAsync(first.IntroductionId, m => m.Count >= 2, "the first is asked")).Single(m => m.To == first.PersonEmail).Token;
        await world.MailsAsync(second.IntroductionId, m => m.Count >= 2, "the second is asked");

        var answer = await world.RespondAsync(second.IntroductionId, token, "accept");

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal(IntroductionAnswer.None, (await world.Introductions.FindAsync(second.IntroductionId, default))!.PersonAnswer);
    }

    [Fact]
    public async Task Names_notes_and_titles_with_markup_arrive_html_encoded()
    {
        var markup = JsonSerializer.Deserialize<string[]>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "blns", "blns.json")))!
            .Where(s => s.Contains("<script", StringComparison.OrdinalIgnoreCase) || s.Contains("<img", StringComparison.OrdinalIgnoreCase))
            .Take(3)
            .ToList();
        Assert.NotEmpty(markup);
        foreach (var text in markup)
        {
            var introduced = await world.ApprovedAsync(personName: text, coopName: text, needTitle: text, note: text);
            var asked = await world.MailsAsync(introduced.IntroductionId, m => m.Count >= 2, "both sides are asked");
            Assert.All(asked, m =>
            {
                Assert.DoesNotContain("<script", m.Html, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("<img", m.Html, StringComparison.OrdinalIgnoreCase);
                Assert.Contains(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(text), m.Html, StringComparison.Ordinal);
            });
        }
    }

    [Fact]
    public async Task A_person_who_withdraws_consent_before_both_accept_is_never_introduced()
    {
        var introduced = await world.ApprovedAsync();
        var asked = await world.MailsAsync(introduced.IntroductionId, m => m.Count >= 2, "both sides are asked");
        Assert.Equal(HttpStatusCode.OK, (await world.RespondAsync(introduced.IntroductionId, asked.Single(m => m.To == introduced.PersonEmail).Token, "accept")).StatusCode);
        var profiles = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Matchmaker.Profiles.ProfileStore>(world.App.Services);
        var profile = (await profiles.FindAsync(introduced.ProfileId, default))!;
        profile.ConsentIntroductions = false;
        await profiles.UpsertAsync(profile, default);

        Assert.Equal(HttpStatusCode.OK, (await world.RespondAsync(introduced.IntroductionId, asked.Single(m => m.To == introduced.CoopEmail).Token, "accept")).StatusCode);

        await world.IntroductionAsync(introduced.IntroductionId, i => i.Status == IntroductionStatus.Cancelled, "the introduction is cancelled");
        var all = world.MailsOf(introduced.IntroductionId);
        Assert.DoesNotContain(all, m => m.EmailKey!.StartsWith("connected-", StringComparison.Ordinal));
        Assert.DoesNotContain(all, m => m.Body.Contains(introduced.PersonEmail, StringComparison.OrdinalIgnoreCase) && m.To != introduced.PersonEmail);
    }

    [Fact]
    public async Task A_need_closed_before_both_accept_ends_the_introduction_without_sharing_contacts()
    {
        var introduced = await world.ApprovedAsync();
        var asked = await world.MailsAsync(introduced.IntroductionId, m => m.Count >= 2, "both sides are asked");
        var needs = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Matchmaker.Needs.NeedStore>(world.App.Services);
        var need = (await needs.FindAsync(introduced.NeedId, default))!;
        need.Status = Matchmaker.Needs.NeedStatus.Closed;
        await needs.UpsertAsync(need, default);

        foreach (var mail in asked)
        {
            await world.RespondAsync(introduced.IntroductionId, mail.Token, "accept");
        }

        await world.IntroductionAsync(introduced.IntroductionId, i => i.Status == IntroductionStatus.Cancelled, "the introduction is cancelled");
        Assert.DoesNotContain(world.MailsOf(introduced.IntroductionId), m => m.EmailKey!.StartsWith("connected-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Erasing_the_person_removes_their_introductions_tokens_and_outbox_rows()
    {
        var introduced = await world.ApprovedAsync();
        await world.MailsAsync(introduced.IntroductionId, m => m.Count >= 2, "both sides are asked");
        var services = world.App.Services;
        var outbox = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Matchmaker.Email.Outbox.EmailOutbox>(services);
        var inventory = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Matchmaker.Profiles.PersonalData.PersonalDataInventory>(services);
        var exported = JsonSerializer.Serialize(await inventory.ExportAsync(introduced.ProfileId, default));
        Assert.Contains(introduced.IntroductionId, exported, StringComparison.Ordinal);

        await inventory.EraseAsync(introduced.ProfileId, default);

        Assert.Null(await world.Introductions.FindAsync(introduced.IntroductionId, default));
        Assert.Empty(await outbox.OfIntroductionAsync(introduced.IntroductionId, default));
        var tables = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Azure.Data.Tables.TableServiceClient>(services);
        var left = tables.GetTableClient(Matchmaker.Platform.Storage.StorageNames.IntroductionsTable)
            .Query<Azure.Data.Tables.TableEntity>(Azure.Data.Tables.TableClient.CreateQueryFilter($"PartitionKey eq {introduced.IntroductionId}")).ToList();
        Assert.Empty(left);
    }

    [Fact]
    public async Task Someone_who_unsubscribed_is_never_emailed_again_and_the_email_is_failed_as_suppressed()
    {
        var first = await world.ApprovedAsync();
        var asked = await world.MailsAsync(first.IntroductionId, m => m.Count >= 2, "both sides are asked");
        var unsubscribe = new Uri(asked.Single(m => m.To == first.CoopEmail).Headers["List-Unsubscribe"].Trim('<', '>'));
        var oneClick = await world.SendAsync(HttpMethod.Post, unsubscribe.PathAndQuery, null, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);

        var services = world.App.Services;
        var coops = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Matchmaker.Coops.CoopStore>(services);
        var second = await world.SuggestedAsync();
        var coop = (await coops.FindAsync(second.CoopId, default))!;
        coop.ContactEmail = first.CoopEmail;
        await coops.UpsertAsync(coop, default);
        Assert.Equal(HttpStatusCode.OK, (await world.SendAsync(HttpMethod.Post, $"/api/suggestions/{second.SuggestionId}/approve", ApiWorld.CoordinatorKey, new Matchmaker.Review.ApproveInput(null))).StatusCode);

        var outbox = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Matchmaker.Email.Outbox.EmailOutbox>(services);
        await Eventually.TrueAsync(async () => (await outbox.OfIntroductionAsync(second.IntroductionId, default)).Any(r => r.RowKey == "ask-coop" && r.Status == "failed"), "the co-op's email is refused");
        Assert.Equal("suppressed", (await outbox.OfIntroductionAsync(second.IntroductionId, default)).Single(r => r.RowKey == "ask-coop").LastError);
        Assert.Equal([second.PersonEmail], world.MailsOf(second.IntroductionId).Select(m => m.To));
    }

    [Fact]
    public async Task Bad_answers_and_filters_get_400_naming_the_field_and_change_nothing()
    {
        var introduced = await world.ApprovedAsync();
        var token = (await world.MailsAsync(introduced.IntroductionId, m => m.Count >= 2, "both sides are asked")).Single(m => m.To == introduced.PersonEmail).Token;

        var badAnswer = await world.RespondAsync(introduced.IntroductionId, token, "maybe");
        var noToken = await world.SendAsync(HttpMethod.Post, $"/api/introductions/{introduced.IntroductionId}/respond", null, new { answer = "accept" });
        var badStatus = await world.SendAsync(HttpMethod.Get, "/api/introductions?status=finished", ApiWorld.CoordinatorKey);

        foreach (var (response, field) in new[] { (badAnswer, "answer"), (noToken, "token"), (badStatus, "status") })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), $"the problem names {field}");
        }

        Assert.Equal(IntroductionAnswer.None, (await world.Introductions.FindAsync(introduced.IntroductionId, default))!.PersonAnswer);
        Assert.Equal(HttpStatusCode.OK, (await world.RespondAsync(introduced.IntroductionId, token, "accept")).StatusCode);
    }

    [Fact]
    public async Task An_approval_whose_introduction_was_never_made_gets_it_on_the_next_approve_call()
    {
        var introduced = await world.SuggestedAsync();
        var suggestions = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Matchmaker.Matching.Suggestions.SuggestionStore>(world.App.Services);
        var suggestion = (await suggestions.FindAsync(introduced.NeedId, introduced.ProfileId, default))!;
        suggestion.Status = Matchmaker.Matching.Suggestions.SuggestionStatus.Approved;
        suggestion.DecidedAt = DateTimeOffset.UtcNow;
        await suggestions.ReplaceAsync(suggestion, default);

        var again = await world.SendAsync(HttpMethod.Post, $"/api/suggestions/{introduced.SuggestionId}/approve", ApiWorld.CoordinatorKey, new Matchmaker.Review.ApproveInput(null));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        await world.MailsAsync(introduced.IntroductionId, m => m.Count >= 2, "both sides are asked after all");
        var third = await world.SendAsync(HttpMethod.Post, $"/api/suggestions/{introduced.SuggestionId}/approve", ApiWorld.CoordinatorKey, new Matchmaker.Review.ApproveInput(null));
        Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);
        await Task.Delay(500);
        Assert.Equal(2, world.MailsOf(introduced.IntroductionId).Count);
    }
}
