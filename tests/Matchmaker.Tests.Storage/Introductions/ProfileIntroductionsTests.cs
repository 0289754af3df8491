using System.Net;
using System.Text.Json;
using Matchmaker.Introductions;
using Matchmaker.Platform.Credentials;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Introductions;

/// <summary>The person's introductions on their own page: only theirs, no contact details, and answering there is the email link's step.</summary>
public sealed class ProfileIntroductionsTests(IntroductionWorld world) : IClassFixture<IntroductionWorld>
{
    [Fact]
    public async Task The_list_shows_only_the_callers_introductions_with_title_and_coop_name_and_no_contact_details()
    {
        var mine = await AskedAsync("Mine Co-op", "Mine need");
        var theirs = await AskedAsync("Their Co-op", "Their need");
        var token = await OwnerTokenAsync(mine.ProfileId);

        var response = await world.SendAsync(HttpMethod.Get, $"/api/profiles/{mine.ProfileId}/introductions", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        var item = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(mine.IntroductionId, item.GetProperty("id").GetString());
        Assert.Equal(mine.NeedId, item.GetProperty("needId").GetString());
        Assert.Equal("Mine need", item.GetProperty("needTitle").GetString());
        Assert.Equal("Mine Co-op", item.GetProperty("coopName").GetString());
        Assert.Equal("awaiting", item.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("yourAnswer").ValueKind);
        Assert.True(item.GetProperty("canAnswer").GetBoolean());
        Assert.True(item.GetProperty("answerBy").GetDateTimeOffset() > DateTimeOffset.UtcNow);
        Assert.DoesNotContain("@", text, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.IntroductionId, text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await world.SendAsync(HttpMethod.Get, $"/api/profiles/{theirs.ProfileId}/introductions", token)).StatusCode);
    }

    [Fact]
    public async Task Accepting_on_the_page_is_the_links_step_once_and_the_contact_comes_only_by_email_once_both_said_yes()
    {
        var introduced = await AskedAsync("Page Co-op", "Page need");
        var asked = await world.MailsAsync(introduced.IntroductionId, m => m.Count >= 2, "both sides are asked");
        var token = await OwnerTokenAsync(introduced.ProfileId);
        var path = $"/api/profiles/{introduced.ProfileId}/introductions/{introduced.IntroductionId}/respond";

        var accepted = await world.SendAsync(HttpMethod.Post, path, token, new { answer = "accept" });
        var again = await world.SendAsync(HttpMethod.Post, path, token, new { answer = "decline" });

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        using (var body = JsonDocument.Parse(await accepted.Content.ReadAsStringAsync()))
        {
            Assert.Equal(("recorded", "accept"), (body.RootElement.GetProperty("status").GetString(), body.RootElement.GetProperty("answer").GetString()));
        }

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        // The person's email link now finds their answer given, as after answering by the link.
        Assert.Equal(HttpStatusCode.Gone, (await world.RespondAsync(introduced.IntroductionId, asked.Single(m => m.To == introduced.PersonEmail).Token, "decline")).StatusCode);
        var listed = await ListAsync(introduced.ProfileId, token);
        Assert.Equal(("accept", false), (listed.GetProperty("yourAnswer").GetString(), listed.GetProperty("canAnswer").GetBoolean()));
        Assert.DoesNotContain(introduced.CoopEmail, listed.GetRawText(), StringComparison.OrdinalIgnoreCase);

        Assert.Equal(HttpStatusCode.OK, (await world.RespondAsync(introduced.IntroductionId, asked.Single(m => m.To == introduced.CoopEmail).Token, "accept")).StatusCode);
        await world.IntroductionAsync(introduced.IntroductionId, i => i.Status == IntroductionStatus.Connected, "the introduction is connected");
        var connected = await ListAsync(introduced.ProfileId, token);
        Assert.Equal("connected", connected.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, connected.GetProperty("answerBy").ValueKind);
        Assert.DoesNotContain("@", connected.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declining_on_the_page_ends_the_introduction_as_a_declined_link_would()
    {
        var introduced = await AskedAsync("Decline Co-op", "Decline need");
        var token = await OwnerTokenAsync(introduced.ProfileId);

        var declined = await world.SendAsync(HttpMethod.Post, $"/api/profiles/{introduced.ProfileId}/introductions/{introduced.IntroductionId}/respond", token, new { answer = "decline" });

        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        await world.IntroductionAsync(introduced.IntroductionId, i => i.Status == IntroductionStatus.Declined, "the introduction is declined");
        Assert.Equal(HttpStatusCode.Conflict, (await world.SendAsync(HttpMethod.Post, $"/api/profiles/{introduced.ProfileId}/introductions/{introduced.IntroductionId}/respond", token, new { answer = "accept" })).StatusCode);
    }

    [Fact]
    public async Task Another_persons_introduction_is_not_found_and_a_bad_answer_names_the_field()
    {
        var mine = await AskedAsync("A Co-op", "A need");
        var theirs = await AskedAsync("B Co-op", "B need");
        var token = await OwnerTokenAsync(mine.ProfileId);

        var other = await world.SendAsync(HttpMethod.Post, $"/api/profiles/{mine.ProfileId}/introductions/{theirs.IntroductionId}/respond", token, new { answer = "accept" });
        var bad = await world.SendAsync(HttpMethod.Post, $"/api/profiles/{mine.ProfileId}/introductions/{mine.IntroductionId}/respond", token, new { answer = "maybe" });

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("answer", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var untouched = await world.Introductions.FindAsync(theirs.IntroductionId, default);
        Assert.Equal((IntroductionAnswer.None, IntroductionAnswer.None), (untouched!.PersonAnswer, untouched.CoopAnswer));
    }

    private async Task<Introduced> AskedAsync(string coopName, string needTitle)
    {
        var introduced = await world.ApprovedAsync(coopName: coopName, needTitle: needTitle);
        await world.IntroductionAsync(introduced.IntroductionId, i => i.Status == IntroductionStatus.Awaiting, "both sides are asked");
        return introduced;
    }

    private Task<string> OwnerTokenAsync(string profileId) =>
        world.App.Services.GetRequiredService<CredentialStore>().IssueAsync(CredentialKind.Owner, profileId, default);

    private async Task<JsonElement> ListAsync(string profileId, string token)
    {
        var response = await world.SendAsync(HttpMethod.Get, $"/api/profiles/{profileId}/introductions", token);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("items")[0].Clone();
    }
}
