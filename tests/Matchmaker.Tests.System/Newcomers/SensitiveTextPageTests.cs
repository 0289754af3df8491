using System.Text.Json;
using System.Text.RegularExpressions;
using Matchmaker.Platform.SpecialCategories;
using Microsoft.Playwright;

namespace Matchmaker.Tests.System.Newcomers;

/// <summary>
/// Free text that looks like special-category data, on the join page and the newcomer's own page in headless
/// Chromium: a warning at the field while typing, said in a polite live region, gone when the words are; the
/// server's warnings after saving; the warned states accessible at two widths.
/// </summary>
[Collection(NewcomerPagesShareOneApp.Name)]
public sealed partial class SensitiveTextPageTests(NewcomerPagesWorld world)
{
    private const string Bio = "A short bio (optional)";
    private const string HealthWarning = "This looks like information about your health.";

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(375, 812)]
    public async Task Typing_a_special_category_term_in_the_bio_warns_at_the_field_and_aloud_and_deleting_it_takes_the_warning_away(int width, int height)
    {
        var page = await world.NewPageAsync(width, height);
        await page.GotoAsync("/api/join");
        var bio = page.GetByLabel(Bio);
        var warning = page.Locator("#bio-warning");
        var live = page.Locator("#warning-status");
        await Assertions.Expect(live).ToHaveAttributeAsync("role", "status");
        await Assertions.Expect(live).ToHaveAttributeAsync("aria-live", "polite");

        await bio.PressSequentiallyAsync("Linux admin. After my Diagnosis I went part-time.");
        await Assertions.Expect(warning).ToContainTextAsync(HealthWarning);
        await Assertions.Expect(warning).ToContainTextAsync("do not have to share it");
        await Assertions.Expect(bio).ToHaveAttributeAsync("aria-describedby", DescribedByWarning());
        await Assertions.Expect(live).ToHaveTextAsync($"{Bio}: {await warning.TextContentAsync()}");
        await NewcomerPagesWorld.AssertAccessibleAsync(page, "join-sensitive-warning");

        await bio.FillAsync("Linux admin, part-time. Ran the Christmas party; a balanced diet of PHP.");
        await Assertions.Expect(warning).ToHaveCountAsync(0);
        await Assertions.Expect(bio).Not.ToHaveAttributeAsync("aria-describedby", DescribedByWarning());
        await Assertions.Expect(live).ToHaveTextAsync($"The warning at {Bio} is gone.");

        // Another field's warning, after the harmless bio had time to be checked: the bio stays unwarned.
        await page.GetByLabel("Interests (optional)").PressSequentiallyAsync("video, union rep work");
        await Assertions.Expect(page.Locator("#interests-warning")).ToContainTextAsync("trade union membership");
        await Assertions.Expect(warning).ToHaveCountAsync(0);
        Assert.Empty(world.Dialogs);
    }

    [Fact]
    public async Task Joining_with_a_term_in_the_bio_saves_it_as_written_and_lists_the_servers_warning()
    {
        var page = await world.NewPageAsync();
        await page.GotoAsync("/api/join");
        var email = NewcomerPagesWorld.NewEmail("sensitive-join");
        await JoinForm.FillAsync(page, email);
        const string written = "Ran Linux servers for a housing co-op. I'm autistic: written briefs suit me best.";
        await page.GetByLabel(Bio).FillAsync(written);
        await Assertions.Expect(page.Locator("#bio-warning")).ToContainTextAsync("a disability");

        await page.GetByRole(AriaRole.Button, new() { Name = "Join", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeFocusedAsync();
        var kept = page.Locator("#done-warnings");
        await Assertions.Expect(kept).ToBeVisibleAsync();
        await Assertions.Expect(kept.Locator("li")).ToHaveTextAsync(new Regex($"^{Regex.Escape(Bio)}: This looks like information about a disability\\."));
        var (id, token) = await SignedInAsync(email);
        Assert.Equal(written, (await ProfileAsync(id, token)).GetProperty("bio").GetString());
        await NewcomerPagesWorld.AssertAccessibleAsync(page, "join-done-with-warnings");
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(375, 812)]
    public async Task On_the_newcomers_page_a_saved_bio_with_a_term_keeps_its_warning_and_the_status_mentions_it(int width, int height)
    {
        var (page, id, _) = await world.ConfirmedMePageAsync("sensitive-me", width, height);
        var token = await NewcomerPagesWorld.OwnerTokenAsync(page);
        await page.GetByText("Change my profile").ClickAsync();
        var bio = page.GetByLabel(Bio);
        await bio.FillAsync("");
        await bio.PressSequentiallyAsync("Shop steward at my last job; now freelance.");
        await Assertions.Expect(page.Locator("#bio-warning")).ToContainTextAsync("trade union membership");
        await Assertions.Expect(page.Locator("#warning-status")).ToContainTextAsync("trade union membership");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save my profile" }).ClickAsync();

        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync(
            "Your profile is saved. Some of it looks like sensitive information you do not have to share: see the warnings at those fields.");
        await Assertions.Expect(page.Locator("#saved-bio")).ToHaveTextAsync("Shop steward at my last job; now freelance.");
        await Assertions.Expect(page.Locator("#bio-warning")).ToContainTextAsync("trade union membership");
        var stored = await ProfileAsync(id, token!);
        Assert.Equal("Shop steward at my last job; now freelance.", stored.GetProperty("bio").GetString());
        Assert.Equal("bio", stored.GetProperty("warnings")[0].GetProperty("field").GetString());
        await NewcomerPagesWorld.AssertAccessibleAsync(page, "me-sensitive-saved");
    }

    [Fact]
    public async Task The_pages_fetch_the_very_list_the_api_checks_against()
    {
        using var response = await world.App.Client.GetAsync($"/api/site/{SpecialCategoryTerms.FileName}");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        var served = SpecialCategoryTerms.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(SpecialCategoryTerms.Shipped.Version, served.Version);
        Assert.Equal(
            SpecialCategoryTerms.Shipped.Categories.SelectMany(c => c.Terms.Select(t => $"{c.Id}: {t}")),
            served.Categories.SelectMany(c => c.Terms.Select(t => $"{c.Id}: {t}")));
    }

    private async Task<(string Id, string Token)> SignedInAsync(string email)
    {
        var link = await world.LinkAsync(email, "confirm");
        var id = Regex.Match(link, "profile=([^&]+)").Groups[1].Value;
        using var confirmed = await world.App.Client.PostAsync(
            $"/api/profiles/{id}/confirm",
            new StringContent(JsonSerializer.Serialize(new { code = NewcomerPagesWorld.CodeOf(link, "confirm") }), global::System.Text.Encoding.UTF8, "application/json"));
        confirmed.EnsureSuccessStatusCode();
        var body = await confirmed.Content.ReadAsStringAsync();
        return (id, JsonDocument.Parse(body).RootElement.GetProperty("ownerToken").GetString()!);
    }

    private async Task<JsonElement> ProfileAsync(string id, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/profiles/{id}");
        request.Headers.Authorization = new("Bearer", token);
        using var response = await world.App.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [GeneratedRegex(@"\bbio-warning\b")]
    private static partial Regex DescribedByWarning();
}
