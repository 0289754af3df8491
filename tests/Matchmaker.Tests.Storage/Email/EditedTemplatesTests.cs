using System.Net;
using Matchmaker.Introductions;
using Matchmaker.Platform.Http;

namespace Matchmaker.Tests.Storage.Email;

/// <summary>Through the running app: the wording of its emails and pages is the template folder's, edits included, without a restart.</summary>
public sealed class EditedTemplatesTests(EditedTemplatesWorld world) : IClassFixture<EditedTemplatesWorld>
{
    [Fact]
    public async Task The_unsubscribe_page_shows_the_folders_sentence_and_the_next_edit_at_once_with_the_same_status_and_headers()
    {
        const string Page = "pages/unsubscribe-not-valid.html.liquid";
        world.Templates.Replace(Page, "It may have been copied incompletely.", "Our edited sentence, first.");
        var first = await world.App.Client.GetAsync("/api/unsubscribe?token=no-such-token");
        world.Templates.Replace(Page, "Our edited sentence, first.", "Our edited sentence, second.");
        var second = await world.App.Client.GetAsync("/api/unsubscribe?token=no-such-token");

        foreach (var response in new[] { first, second })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(HtmlPage.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        }

        Assert.Contains("Our edited sentence, first.", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Our edited sentence, second.", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_introduction_answer_page_and_the_shared_frame_show_the_folders_wording()
    {
        world.Templates.Replace("pages/introduction-not-valid.html.liquid", "Please use the link in your email exactly as it was sent.", "Copy the whole link, please.");
        world.Templates.Replace("pages/frame.html.liquid", "<main>", "<main><p>A co-op network</p>");

        var response = await world.App.Client.GetAsync($"/api/introductions/{IntroductionIds.Of("no-such-suggestion")}/respond?token=guess");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Copy the whole link, please.", page, StringComparison.Ordinal);
        Assert.Contains("<main><p>A co-op network</p>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_confirmation_email_is_worded_by_the_folders_templates()
    {
        world.Templates.Replace("confirmation.text.liquid", "Thank you for joining Matchmaker.", "Welcome to our co-op network.");
        world.Templates.Replace("confirmation.html.liquid", "Thank you for joining Matchmaker.", "Welcome to our co-op network.");
        var email = $"edited-{Guid.NewGuid():N}@example.org";

        await world.CreateProfileAsync(TestProfiles.Valid() with { Email = email });

        var mail = Assert.Single(world.App.Outbox.To(email));
        Assert.All(mail.Parts, part => Assert.Contains("Welcome to our co-op network.", part.Text, StringComparison.Ordinal));
        Assert.False(string.IsNullOrEmpty(world.App.Outbox.LatestCode(email)));
    }
}
