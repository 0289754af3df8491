using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Matchmaker.Tests.System.Newcomers;

/// <summary>What reaches the logs while a newcomer joins, confirms and signs in: never a token or a code.</summary>
[Collection(NewcomerJourneysShareOneApp.Name)]
public sealed class NewcomerSecretsTests(NewcomerPagesWorld world)
{
    private const string RequestLogCategory = "Matchmaker.Platform.Hosting.Standalone.RequestLog";

    [Fact]
    public async Task No_owner_token_confirmation_code_or_sign_in_code_reaches_any_log_line_or_the_request_logs_addresses()
    {
        var (id, email, confirmLink, apiToken) = await world.CreateProfileAsync("secrets");
        var page = await world.NewPageAsync();
        await page.GotoAsync(confirmLink);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my email" }).ClickAsync();
        await Assertions.Expect(page.Locator("#hello")).ToContainTextAsync("Hello, ");
        var confirmToken = await NewcomerPagesWorld.OwnerTokenAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.Locator("#hello")).ToBeHiddenAsync();
        Assert.Null(await NewcomerPagesWorld.OwnerTokenAsync(page));
        await page.Locator("#ask-email").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Email me a link" }).ClickAsync();
        await Assertions.Expect(page.Locator("#ask-done")).ToBeVisibleAsync();
        var signInLink = await world.LinkAsync(email, "signin");
        await page.GotoAsync(signInLink);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("#hello")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#hello")).ToContainTextAsync("Hello, ");
        var signInToken = await NewcomerPagesWorld.OwnerTokenAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Make my old links stop working" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("stopped working");
        await page.GetByRole(AriaRole.Button, new() { Name = "Download my data" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("downloaded");

        string[] secrets =
        [
            apiToken, confirmToken!, signInToken!,
            NewcomerPagesWorld.CodeOf(confirmLink, "confirm"), NewcomerPagesWorld.CodeOf(signInLink, "signin"),
        ];
        Assert.All(secrets, secret => Assert.True(secret.Length >= 16, "A secret was not found where expected."));
        Assert.Equal(secrets.Length, secrets.Distinct(StringComparer.Ordinal).Count());

        // The request log saw this person's requests (so the check below looks at real lines).
        await Eventually.TrueAsync(
            () => Task.FromResult(world.Logs.All.Any(l => l.Category == RequestLogCategory && l.Message.Contains($"/api/profiles/{id}/sign-in", StringComparison.Ordinal))),
            "the request log has the sign-in request",
            () => $" Request log lines: {world.Logs.All.Count(l => l.Category == RequestLogCategory)}.",
            seconds: 10);
        var leaks = world.Logs.All
            .Where(line => secrets.Any(secret => line.ToString().Contains(secret, StringComparison.Ordinal) || line.ToString().Contains(Uri.EscapeDataString(secret), StringComparison.Ordinal)))
            .ToList();
        Assert.True(leaks.Count == 0, $"Secrets in {leaks.Count} log lines, e.g. {leaks.FirstOrDefault()?.Category}");
        Assert.DoesNotContain(world.Logs.All, line => line.Message.Contains(email, StringComparison.OrdinalIgnoreCase));
    }
}
