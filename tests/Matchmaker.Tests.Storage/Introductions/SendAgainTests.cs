using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Matchmaker.Email.Outbox;
using Matchmaker.Email.Unsubscribe;
using Matchmaker.Introductions;
using Matchmaker.Platform.Audit;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.DependencyInjection;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Matchmaker.Tests.Storage.Introductions;

/// <summary>
/// A coordinator sends an unknown or failed introduction email again: only such an email, only while what it
/// says holds, exactly once however often or however concurrently it is asked, never to a suppressed
/// address, and audited without the address.
/// </summary>
public sealed class SendAgainTests(IntroductionWorld world) : IClassFixture<IntroductionWorld>
{
    private EmailOutbox Outbox => world.App.Services.GetRequiredService<EmailOutbox>();

    [Fact]
    public async Task A_failed_email_is_listed_with_what_to_do_and_once_sent_again_goes_exactly_once_and_is_audited()
    {
        var introduced = await world.SuggestedAsync();
        Refuse(introduced.IntroductionId, "ask-person", HttpStatusCode.BadRequest, times: 1);
        await ApproveAsync(introduced);
        await StateAsync(introduced.IntroductionId, "ask-person", OutboxStatus.Failed);
        await world.IntroductionAsync(introduced.IntroductionId, i => i.Status == IntroductionStatus.Awaiting, "both sides were asked");

        var listed = await DetailsAsync(introduced.IntroductionId);
        var failed = listed.Single(e => e.GetProperty("kind").GetString() == "ask-person");
        Assert.Equal(("person", "failed", 1, "400"), (failed.GetProperty("to").GetString(), failed.GetProperty("state").GetString(), failed.GetProperty("attempts").GetInt32(), failed.GetProperty("lastError").GetString()));
        Assert.Contains("then send again", failed.GetProperty("action").GetString(), StringComparison.Ordinal);
        var sent = listed.Single(e => e.GetProperty("kind").GetString() == "ask-coop");
        Assert.Equal(("coop", "sent", JsonValueKind.Null), (sent.GetProperty("to").GetString(), sent.GetProperty("state").GetString(), sent.GetProperty("action").ValueKind));

        var response = await SendAgainAsync(introduced.IntroductionId, "ask-person", new SendAgainInput("Address fixed."));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(new SendAgainResult(introduced.IntroductionId, "ask-person", OutboxStatus.Pending), await response.Content.ReadFromJsonAsync<SendAgainResult>());
        await StateAsync(introduced.IntroductionId, "ask-person", OutboxStatus.Sent);
        var again = await SendAgainAsync(introduced.IntroductionId, "ask-person", new SendAgainInput(null));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        Assert.Contains("This email is sent", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await world.MailsAsync(introduced.IntroductionId, m => m.Count(x => x.EmailKey == "ask-person") >= 2, "the stand-in logged the email sent again");
        Assert.Equal(2, world.MailsOf(introduced.IntroductionId).Count(m => m.EmailKey == "ask-person"));
        Assert.Single(world.MailsOf(introduced.IntroductionId), m => m.EmailKey == "ask-coop");

        var row = await Outbox.FindAsync(introduced.IntroductionId, "ask-person", default);
        Assert.Equal((2, "Address fixed."), (row!.Attempts, row.SendAgainNote));
        Assert.NotNull(row.SentAgainAt);
        var audit = await world.App.Services.GetRequiredService<AuditLog>().OfSuggestionAsync(introduced.SuggestionId, default);
        var entry = Assert.Single(audit, a => a.Action == EmailResend.AuditAction);
        Assert.Equal((AuditActor.CoordinatorKey, introduced.IntroductionId, "ask-person", introduced.ProfileId, introduced.NeedId), (entry.Actor, entry.IntroductionId, entry.EmailKey, entry.ProfileId, entry.NeedId));
        Assert.DoesNotContain("@", JsonSerializer.Serialize(entry), StringComparison.Ordinal);
        Assert.DoesNotContain("Address fixed.", JsonSerializer.Serialize(entry), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_at_once_to_send_an_unknown_email_again_take_one_and_it_goes_once()
    {
        var introduced = await world.ApprovedAsync();
        await StateAsync(introduced.IntroductionId, "ask-person", OutboxStatus.Sent);
        await world.IntroductionAsync(introduced.IntroductionId, i => i.Status == IntroductionStatus.Awaiting, "both sides were asked");
        await SetStateAsync(introduced.IntroductionId, "ask-person", OutboxStatus.Unknown, "timeout");
        var unknown = (await DetailsAsync(introduced.IntroductionId)).Single(e => e.GetProperty("kind").GetString() == "ask-person");
        Assert.Equal("SendGrid may have sent this: check its activity feed before sending again.", unknown.GetProperty("action").GetString());

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SendAgainAsync(introduced.IntroductionId, "ask-person", new SendAgainInput(null))));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Accepted);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Accepted), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        await StateAsync(introduced.IntroductionId, "ask-person", OutboxStatus.Sent);
        await world.MailsAsync(introduced.IntroductionId, m => m.Count(x => x.EmailKey == "ask-person") >= 2, "the stand-in logged the email sent again");
        // The send delivered again (at-least-once queues) finds the email sent: nothing more goes out.
        await world.App.Services.GetRequiredService<IntroductionFlow>().SendAgainAsync(introduced.IntroductionId, "ask-person", default);
        Assert.Equal(2, world.MailsOf(introduced.IntroductionId).Count(m => m.EmailKey == "ask-person"));
        var audit = await world.App.Services.GetRequiredService<AuditLog>().OfSuggestionAsync(introduced.SuggestionId, default);
        Assert.Single(audit, a => a.Action == EmailResend.AuditAction);
    }

    [Fact]
    public async Task An_email_set_to_be_sent_again_whose_queueing_was_lost_can_be_asked_for_again_after_a_minute_and_goes_once()
    {
        var introduced = await world.ApprovedAsync();
        await StateAsync(introduced.IntroductionId, "ask-person", OutboxStatus.Sent);
        await world.IntroductionAsync(introduced.IntroductionId, i => i.Status == IntroductionStatus.Awaiting, "both sides were asked");
        // As a send-again whose queueing failed after the email was set back to pending leaves it: no message.
        await SetReopenedAsync(introduced.IntroductionId, "ask-person", DateTimeOffset.UtcNow.AddSeconds(-20));
        var soon = await SendAgainAsync(introduced.IntroductionId, "ask-person", new SendAgainInput(null));
        await SetReopenedAsync(introduced.IntroductionId, "ask-person", DateTimeOffset.UtcNow - EmailResendRules.StalledAfter - TimeSpan.FromSeconds(5));

        var later = await SendAgainAsync(introduced.IntroductionId, "ask-person", new SendAgainInput("The first request timed out."));

        Assert.Equal(HttpStatusCode.Conflict, soon.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, later.StatusCode);
        await StateAsync(introduced.IntroductionId, "ask-person", OutboxStatus.Sent);
        await world.MailsAsync(introduced.IntroductionId, m => m.Count(x => x.EmailKey == "ask-person") >= 2, "the stand-in logged the email sent again");
        Assert.Equal(2, world.MailsOf(introduced.IntroductionId).Count(m => m.EmailKey == "ask-person"));
    }

    [Fact]
    public async Task A_suppressed_address_stays_suppressed_when_its_email_is_sent_again()
    {
        var introduced = await world.SuggestedAsync();
        await world.App.Services.GetRequiredService<SuppressionList>().SuppressAsync(introduced.PersonEmail, SuppressionReasons.Bounced, default);
        await ApproveAsync(introduced);
        await StateAsync(introduced.IntroductionId, "ask-person", OutboxStatus.Failed);
        await world.IntroductionAsync(introduced.IntroductionId, i => i.Status == IntroductionStatus.Awaiting, "both sides were asked");
        var listed = (await DetailsAsync(introduced.IntroductionId)).Single(e => e.GetProperty("kind").GetString() == "ask-person");
        Assert.Equal("suppressed", listed.GetProperty("lastError").GetString());
        Assert.Contains("never emailed again", listed.GetProperty("action").GetString(), StringComparison.Ordinal);

        var response = await SendAgainAsync(introduced.IntroductionId, "ask-person", new SendAgainInput(null));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var row = await RowAsync(introduced.IntroductionId, "ask-person", r => r.Status == OutboxStatus.Failed && r.SentAgainAt is not null, "the send again met the suppression");
        Assert.Equal("suppressed", row.LastError);
        Assert.DoesNotContain(world.MailsOf(introduced.IntroductionId), m => m.EmailKey == "ask-person");
    }

    [Fact]
    public async Task An_ask_is_not_sent_again_once_the_introduction_has_ended()
    {
        var introduced = await world.ApprovedAsync();
        var asked = await world.MailsAsync(introduced.IntroductionId, m => m.Count >= 2, "both sides are asked");
        Assert.Equal(HttpStatusCode.OK, (await world.RespondAsync(introduced.IntroductionId, asked.Single(m => m.EmailKey == "ask-person").Token, "decline")).StatusCode);
        await world.IntroductionAsync(introduced.IntroductionId, i => i.Status == IntroductionStatus.Declined, "the introduction is declined");
        await SetStateAsync(introduced.IntroductionId, "ask-coop", OutboxStatus.Failed, "400");

        var response = await SendAgainAsync(introduced.IntroductionId, "ask-coop", new SendAgainInput(null));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("The introduction is declined", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Failed, (await Outbox.FindAsync(introduced.IntroductionId, "ask-coop", default))!.Status);
    }

    [Fact]
    public async Task Unknown_introductions_and_emails_answer_404_and_a_bad_kind_or_note_400_naming_the_field()
    {
        var introduced = await world.ApprovedAsync();
        await StateAsync(introduced.IntroductionId, "ask-person", OutboxStatus.Sent);

        Assert.Equal(HttpStatusCode.NotFound, (await SendAgainAsync(new string('a', 32), "ask-person", new SendAgainInput(null))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAgainAsync("not-an-introduction", "ask-person", new SendAgainInput(null))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAgainAsync(introduced.IntroductionId, "connected-person", new SendAgainInput(null))).StatusCode);
        await AssertFieldAsync(await SendAgainAsync(introduced.IntroductionId, "ask-someone", new SendAgainInput(null)), "kind");
        await AssertFieldAsync(await SendAgainAsync(introduced.IntroductionId, "ask-person", new SendAgainInput(new string('x', EmailResend.MaxNote + 1))), "note");
        await AssertFieldAsync(await SendAgainAsync(introduced.IntroductionId, "ask-person", new { note = "x", email = "someone@example.org" }), "email");
        Assert.Equal(OutboxStatus.Sent, (await Outbox.FindAsync(introduced.IntroductionId, "ask-person", default))!.Status);
    }

    private async Task ApproveAsync(Introduced introduced)
    {
        var approved = await world.SendAsync(HttpMethod.Post, $"/api/suggestions/{introduced.SuggestionId}/approve", ApiWorld.CoordinatorKey, new Matchmaker.Review.ApproveInput(null));
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
    }

    private static async Task AssertFieldAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"the problem names {field}");
    }

    private Task<HttpResponseMessage> SendAgainAsync(string introductionId, string kind, object body) =>
        world.SendAsync(HttpMethod.Post, $"/api/introductions/{introductionId}/emails/{kind}/send-again", ApiWorld.CoordinatorKey, body);

    private async Task<List<JsonElement>> DetailsAsync(string introductionId)
    {
        var response = await world.SendAsync(HttpMethod.Get, "/api/introductions?limit=100", ApiWorld.CoordinatorKey);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("@", body, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(body);
        var item = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == introductionId);
        var details = item.GetProperty("emailDetails").EnumerateArray().Select(e => e.Clone()).ToList();
        Assert.Equal(item.GetProperty("emails").EnumerateObject().Select(p => (p.Name, p.Value.GetString())).Order(), details.Select(e => (e.GetProperty("kind").GetString()!, e.GetProperty("state").GetString())).Order());
        return details;
    }

    private Task<OutboxEntity> StateAsync(string introductionId, string emailKey, string status) =>
        RowAsync(introductionId, emailKey, r => r.Status == status, $"{emailKey} is {status}");

    private async Task<OutboxEntity> RowAsync(string introductionId, string emailKey, Func<OutboxEntity, bool> condition, string what)
    {
        OutboxEntity? row = null;
        await Eventually.TrueAsync(async () => (row = await Outbox.FindAsync(introductionId, emailKey, default)) is { } r && condition(r), what);
        return row!;
    }

    /// <summary>As the outbox leaves a row after a send that ended so (a time-out, a refusal), without waiting for one.</summary>
    private async Task SetStateAsync(string introductionId, string emailKey, string status, string error)
    {
        var table = world.App.Services.GetRequiredService<TableServiceClient>().GetTableClient(StorageNames.OutboxTable);
        var row = (await table.GetEntityAsync<OutboxEntity>(introductionId, emailKey)).Value;
        row.Status = status;
        row.LastError = error;
        await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);
    }

    private async Task SetReopenedAsync(string introductionId, string emailKey, DateTimeOffset askedAt)
    {
        var table = world.App.Services.GetRequiredService<TableServiceClient>().GetTableClient(StorageNames.OutboxTable);
        var row = (await table.GetEntityAsync<OutboxEntity>(introductionId, emailKey)).Value;
        row.Status = OutboxStatus.Pending;
        row.SentAgainAt = askedAt;
        await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);
    }

    private void Refuse(string introductionId, string emailKey, HttpStatusCode status, int times)
    {
        var scenario = $"{introductionId}-{emailKey}";
        world.SendGrid.Given(Request.Create().WithPath("/v3/mail/send").UsingPost()
                .WithBody(new WildcardMatcher($"*\"introductionId\":\"{introductionId}\"*\"emailKey\":\"{emailKey}\"*")))
            .AtPriority(1)
            .InScenario(scenario)
            .WillSetStateTo("answered", times)
            .RespondWith(Response.Create().WithStatusCode(status));
    }
}
