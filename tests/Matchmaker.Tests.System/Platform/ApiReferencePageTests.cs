using System.Net;
using Microsoft.Playwright;

namespace Matchmaker.Tests.System.Platform;

/// <summary>
/// <c>GET /api/reference</c>: Swagger UI, built into the app, shows every operation of the app's own
/// document in headless Chromium, loading nothing from anywhere else and breaking none of its policy.
/// </summary>
public sealed class ApiReferencePageTests(ApiReferencePageTests.World world) : IClassFixture<ApiReferencePageTests.World>
{
    private StandaloneApp App => world.App;

    [Fact]
    public async Task The_page_lists_every_operation_of_the_document_loading_nothing_from_another_origin_and_breaking_no_policy()
    {
        var origin = App.Client.BaseAddress!.GetLeftPart(UriPartial.Authority);
        await using var context = await world.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = origin,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        var requests = new List<string>();
        // Every request is seen here first; any to another origin is recorded and never sent.
        await context.RouteAsync("**/*", async route =>
        {
            requests.Add(route.Request.Url);
            if (new Uri(route.Request.Url).GetLeftPart(UriPartial.Authority) == origin)
            {
                await route.ContinueAsync();
            }
            else
            {
                await route.AbortAsync();
            }
        });
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => console.Add($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => console.Add($"page error: {error}");
        // Injected by the browser itself, outside the page's policy, to hear every violation of it.
        await page.AddInitScriptAsync(
            "window.violations = []; document.addEventListener('securitypolicyviolation', e => window.violations.push(`${e.effectiveDirective} ${e.blockedURI}`));");

        var response = await page.GotoAsync("/api/reference");
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator(".opblock").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(".opblock-post .opblock-summary-path[data-path='/profiles']")).ToBeVisibleAsync();

        var listed = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('.opblock')].map(o => `${o.querySelector('.opblock-summary-method').textContent} ${o.querySelector('.opblock-summary-path').dataset.path}`)");
        var documented = OpenApiYaml.Operations(OpenApiYaml.Load()).Select(o => $"{o.Method} {o.Path}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(documented, listed.Order(StringComparer.Ordinal).ToList());
        Assert.Contains("POST /profiles", listed);

        var violations = await page.EvaluateAsync<string[]>("window.violations");
        Assert.True(violations.Length == 0, "Content-Security-Policy violations: " + string.Join("; ", violations));
        Assert.DoesNotContain(console, line => line.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || line.StartsWith("error", StringComparison.Ordinal) || line.StartsWith("page error", StringComparison.Ordinal));
        Assert.Contains(requests, url => url.EndsWith("/api/openapi.yaml", StringComparison.Ordinal));
        var screenshots = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, "reference-desktop.png") });

        var elsewhere = requests.Where(url => new Uri(url).GetLeftPart(UriPartial.Authority) != origin).ToList();
        Assert.True(elsewhere.Count == 0, "Requests that would have left the app: " + string.Join(", ", elsewhere));
    }

    [Fact]
    public async Task The_page_and_its_files_are_served_with_a_self_only_policy_and_revalidated_by_etag_and_nothing_else_is()
    {
        using var html = await App.Client.GetAsync("/api/reference");
        using var bundle = await App.Client.GetAsync("/api/reference/swagger-ui-bundle.js");
        using var css = await App.Client.GetAsync("/api/reference/swagger-ui.css");
        using var licence = await App.Client.GetAsync("/api/reference/LICENSE");
        using var other = await App.Client.GetAsync("/api/reference/swagger-ui-bundle.js.map");

        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/javascript", bundle.Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Apache License", await licence.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);

        var policy = string.Join(";", html.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/reference/swagger-ui-bundle.js");
        again.Headers.IfNoneMatch.Add(bundle.Headers.ETag!);
        using var notModified = await App.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task The_review_page_links_to_it()
    {
        var page = await App.Client.GetStringAsync("/api/review");

        Assert.Contains("<a href=\"/api/reference\">API reference</a>", page, StringComparison.Ordinal);
    }

    /// <summary>The standalone app over a private Azurite, and Debian's Chromium.</summary>
    public sealed class World : AppWithBrowser;
}
