using System.Net;
using Azure.Data.Tables;
using Matchmaker.Matching.Suggestions;
using Microsoft.Playwright;

namespace Matchmaker.Tests.System.Review;

/// <summary>The review page in headless Chromium against the app with demo data and a live model.</summary>
[Collection(ReviewPagesShareOneApp.Name)]
public sealed class ReviewPageTests(ReviewPageWorld world)
{
    [Fact]
    public async Task A_coordinator_approves_one_with_a_note_and_rejects_another_with_a_reason_by_keyboard_and_both_land()
    {
        var page = await world.SignedInPageAsync();
        var pending = (await ReviewPageWorld.OpenNeedWithAsync(page, 2)).Locator(".card[data-status='pending']");
        var first = await pending.Nth(0).GetAttributeAsync("data-id");
        var second = await pending.Nth(1).GetAttributeAsync("data-id");

        await pending.Nth(0).FocusAsync();
        await page.Keyboard.PressAsync("a");
        await page.GetByLabel("Note for the introduction email (optional)").FillAsync("You two should talk about hosting.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
        await page.Locator($".card[data-id='{first}'][data-status='approved']").WaitForAsync();

        // After a decision the next pending card has the focus, so the next keystroke acts on it.
        Assert.Equal(second, await page.EvaluateAsync<string>("document.activeElement.dataset.id"));
        await page.Keyboard.PressAsync("r");
        await page.GetByLabel("Reason").SelectOptionAsync("rate");
        await page.GetByLabel("Note for the record (optional)").FillAsync("Rate too low for them.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reject", Exact = true }).ClickAsync();
        await page.Locator($".card[data-id='{second}'][data-status='rejected']").WaitForAsync();

        Assert.Contains(await world.SuggestionsAsync("approved"), s => s.GetProperty("id").GetString() == first);
        Assert.Contains(await world.SuggestionsAsync("rejected"), s => s.GetProperty("id").GetString() == second);
        var approved = await FindAsync(first!);
        var rejected = await FindAsync(second!);
        Assert.Equal("You two should talk about hosting.", approved.Note);
        Assert.Equal("rate", rejected.RejectionReason);
        Assert.Equal("Rate too low for them.", rejected.Note);
    }

    [Fact]
    public async Task A_card_reads_the_fit_out_of_100_and_keeps_the_raw_score_beside_the_breakdown()
    {
        var page = await world.SignedInPageAsync();
        var card = page.Locator(".card[data-status='pending']").First;
        await card.WaitForAsync();
        var id = await card.GetAttributeAsync("data-id");
        var listed = (await world.SuggestionsAsync("pending")).Single(s => s.GetProperty("id").GetString() == id);
        var fit = listed.GetProperty("fit").GetInt32();
        var score = listed.GetProperty("score").GetDouble();

        var text = await card.Locator(".score").TextContentAsync();
        var summary = await card.Locator(".explain summary").TextContentAsync();

        Assert.StartsWith($"Fit {fit} of 100, rank ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Score", text, StringComparison.Ordinal);
        Assert.Equal($"Score breakdown (raw score {score.ToString("0.000", global::System.Globalization.CultureInfo.InvariantCulture)})", summary);
    }

    [Fact]
    public async Task The_buttons_decide_too_and_a_second_decision_on_the_same_suggestion_is_explained_not_blank()
    {
        var page = await world.SignedInPageAsync();
        var card = (await ReviewPageWorld.OpenNeedWithAsync(page, 1)).Locator(".card[data-status='pending']").Last;
        var id = await card.GetAttributeAsync("data-id");
        var idArgument = id!;

        // Someone else decides it first, through the API.
        using (var request = new HttpRequestMessage(HttpMethod.Post, $"/api/suggestions/{Uri.EscapeDataString(idArgument)}/approve"))
        {
            request.Headers.Authorization = new("Bearer", ReviewPageWorld.CoordinatorKey);
            request.Content = new StringContent("{}", global::System.Text.Encoding.UTF8, "application/json");
            using var response = await world.App.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await card.GetByRole(AriaRole.Button, new() { Name = "Reject (r)" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Reject", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("#decide-error")).ToContainTextAsync("Someone decided this suggestion already");
    }

    [Fact]
    public async Task A_wrong_key_is_refused_in_words_and_the_key_can_be_entered_again()
    {
        var page = await world.SignedInPageAsync("not-the-coordinator-key");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("That key was not accepted");
        await Assertions.Expect(page.GetByLabel("Your coordinator key")).ToBeVisibleAsync();
        Assert.Null(await page.EvaluateAsync<string?>("sessionStorage.getItem('matchmaker.coordinatorKey')"));
    }

    [Fact]
    public async Task The_insights_tab_shows_the_funnel_skills_biggest_gap_first_approval_rates_by_co_op_and_region_and_the_models_metrics()
    {
        var page = await world.SignedInPageAsync();
        await page.Locator("details.group").First.WaitForAsync();

        await page.GetByRole(AriaRole.Tab, new() { Name = "Insights" }).ClickAsync();

        await Assertions.Expect(page.Locator("#funnel")).ToContainTextAsync("Suggested");
        await Assertions.Expect(page.Locator("#skills .bar-row").First).ToBeVisibleAsync();
        var gaps = await page.Locator("#skills .bar-row").EvaluateAllAsync<int[]>(
            "rows => rows.map(r => { const m = r.textContent.match(/(\\d+) needed, (\\d+) have it/); return Number(m[1]) - Number(m[2]); })");
        Assert.Equal(gaps.OrderDescending(), gaps);
        await Assertions.Expect(page.Locator("#region-rates")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Approval rate by region" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Suggestions_are_one_line_per_need_with_its_count_best_need_first_and_a_need_opens_to_its_cards()
    {
        var groups = (await world.GetAsync("/api/suggestions/by-need?status=pending")).GetProperty("items").EnumerateArray().ToList();
        var page = await world.SignedInPageAsync();
        var lines = page.Locator("details.group");
        await Assertions.Expect(lines).ToHaveCountAsync(groups.Count);

        var shown = await lines.EvaluateAllAsync<string[]>("all => all.map(d => d.dataset.needId + ' ' + d.querySelector('.count').textContent)");
        Assert.Equal(groups.Select(g => $"{g.GetProperty("needId").GetString()} {g.GetProperty("count").GetInt32()} pending"), shown.Select(s => s.Split(',')[0]));
        Assert.Equal(1, await page.Locator("details.group[open]").CountAsync());
        await Assertions.Expect(lines.First.Locator(".card")).ToHaveCountAsync(Math.Min(25, groups[0].GetProperty("count").GetInt32()));

        var closed = lines.Nth(groups.Count - 1);
        Assert.Equal(0, await closed.Locator(".card").CountAsync());
        await closed.Locator("summary").ClickAsync();
        await Assertions.Expect(closed.Locator(".card")).ToHaveCountAsync(Math.Min(25, groups[^1].GetProperty("count").GetInt32()));
        var needId = groups[^1].GetProperty("needId").GetString();
        Assert.All(await closed.Locator(".card").EvaluateAllAsync<string[]>("all => all.map(c => c.dataset.id)"), id => Assert.StartsWith($"{needId}~", id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_page_and_its_files_are_served_with_their_types_and_a_self_only_policy_and_nothing_else_is()
    {
        await ServedPage.AssertSelfContainedAsync(world.App.Client, "review");
        using var other = await world.App.Client.GetAsync("/api/review/appsettings.json");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    private async Task<SuggestionEntity> FindAsync(string id)
    {
        var (needId, profileId) = (id.Split('~')[0], id.Split('~')[1]);
        var found = await new SuggestionStore(new TableServiceClient(world.StorageConnectionString)).FindAsync(needId, profileId, default);
        Assert.NotNull(found);
        return found;
    }
}
