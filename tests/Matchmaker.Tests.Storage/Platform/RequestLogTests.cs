using System.Net;
using Matchmaker.Profiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Tests.Storage.Platform;

/// <summary>The standalone host's request log: one line per request, and no secret from a query, body or header in it.</summary>
public sealed class RequestLogTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    [Fact]
    public async Task Each_request_is_one_line_with_secret_query_values_masked_and_nothing_from_bodies_or_headers()
    {
        var logs = new CapturedLogs();
        world.App.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);
        var email = $"{Guid.NewGuid():N}@example.org";
        var created = await world.CreateProfileAsync(TestProfiles.Valid() with { Email = email });
        var code = world.App.Outbox.LatestCode(email);
        var confirmed = await world.SendAsync(HttpMethod.Post, $"/api/profiles/{created.Id}/confirm", null, new ConfirmInput(code));
        var ownerToken = (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<ConfirmResult>(confirmed.Content))!.OwnerToken!;
        Assert.Equal(HttpStatusCode.OK, (await world.SendAsync(HttpMethod.Get, $"/api/profiles/{created.Id}?limit=3", ownerToken)).StatusCode);
        await world.SendAsync(HttpMethod.Get, "/api/introductions/0123456789abcdef0123456789abcdef/respond?token=query-secret-123&answer=accept", null);
        await world.SendAsync(HttpMethod.Get, "/api/health?code=code-secret-456&key=key-secret-789&Token=upper-secret", null);

        var lines = await LinesAsync(logs, 5);

        Assert.Single(lines, l => l.Contains($"POST /api/profiles/{created.Id}/confirm answered 200", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains($"GET /api/profiles/{created.Id}?limit=3 answered 200", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("/respond?token=***&answer=accept answered 404", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("GET /api/health?code=***&key=***&Token=*** answered", StringComparison.Ordinal));
        var all = string.Join('\n', logs.Messages);
        foreach (var secret in new[] { created.OwnerToken, ownerToken, code, "query-secret-123", "code-secret-456", "key-secret-789", "upper-secret", email })
        {
            Assert.DoesNotContain(secret, all, StringComparison.Ordinal);
        }
    }

    private static async Task<IReadOnlyList<string>> LinesAsync(CapturedLogs logs, int atLeast)
    {
        IReadOnlyList<string> lines = [];
        await Eventually.TrueAsync(
            () => Task.FromResult((lines = [.. logs.Messages.Where(m => m.Contains(" answered ", StringComparison.Ordinal))]).Count >= atLeast),
            "every request is logged");
        return lines;
    }
}
