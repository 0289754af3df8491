using System.Net;
using System.Net.Http.Json;
using Matchmaker.Coops;
using Matchmaker.Profiles;

namespace Matchmaker.Tests.Storage.Platform;

/// <summary>
/// Every route against every role. The objects in the routes belong to "the owner" and "the co-op";
/// the other owner and the other co-op have objects of their own but must not reach these.
/// </summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixTests.World world) : IClassFixture<AuthorizationMatrixTests.World>
{
    public const string Anonymous = "anonymous";
    public const string Owner = "owner";
    public const string OtherOwner = "other owner";
    public const string Coop = "co-op";
    public const string OtherCoop = "other co-op";
    public const string Coordinator = "coordinator";

    private const string FreshCoopName = "Fresh Co-op";

    private static readonly string[] Roles = [Anonymous, Owner, OtherOwner, Coop, OtherCoop, Coordinator];

    /// <summary>A well-formed id of nothing stored, for routes whose objects this world does not make (retrain jobs, introductions).</summary>
    private const string UnknownId = "0123456789abcdef0123456789abcdef";

    /// <summary>(method, route, expected status by role in the order of <see cref="Roles"/>).</summary>
    private static readonly (string Method, string Route, int[] Expected)[] Routes =
    [
        ("GET", "/api/health", [200, 200, 200, 200, 200, 200]),
        ("GET", "/api/openapi.yaml", [200, 200, 200, 200, 200, 200]),
        ("GET", "/api/review", [200, 200, 200, 200, 200, 200]),
        ("GET", "/api/review/review.js", [200, 200, 200, 200, 200, 200]),
        ("GET", "/api/reference", [200, 200, 200, 200, 200, 200]),
        ("GET", "/api/reference/swagger-ui-bundle.js", [200, 200, 200, 200, 200, 200]),
        ("POST", "/api/profiles", [201, 201, 201, 201, 201, 201]),
        ("POST", "/api/profiles/{profile}/confirm", [400, 400, 400, 400, 400, 400]),
        ("GET", "/api/profiles/{profile}", [404, 200, 404, 404, 404, 404]),
        ("PUT", "/api/profiles/{profile}", [404, 200, 404, 404, 404, 404]),
        ("GET", "/api/profiles/{profile}/export", [404, 200, 404, 404, 404, 404]),
        ("DELETE", "/api/profiles/{profile}", [404, 204, 404, 404, 404, 404]),
        // The owner's profile is unconfirmed, so its matches are an empty list and its advice empty (no model needed).
        ("GET", "/api/profiles/{profile}/matches", [404, 200, 404, 404, 404, 404]),
        ("GET", "/api/profiles/{profile}/advice", [404, 200, 404, 404, 404, 404]),
        ("POST", "/api/coops", [401, 403, 403, 403, 403, 201]),
        ("GET", "/api/coops", [401, 403, 403, 403, 403, 200]),
        ("GET", "/api/coops/{coop}", [401, 403, 403, 403, 403, 200]),
        ("PUT", "/api/coops/{coop}", [401, 403, 403, 403, 403, 200]),
        ("POST", "/api/coops/{coop}/key", [401, 403, 403, 403, 403, 200]),
        // "me" is the caller's own co-op, so the other co-op reaches its own, never this one.
        ("GET", "/api/coops/me", [401, 403, 403, 200, 200, 403]),
        ("PUT", "/api/coops/me", [401, 403, 403, 200, 200, 403]),
        ("POST", "/api/coops/me/key", [401, 403, 403, 200, 200, 403]),
        ("GET", "/api/coops/me/needs", [401, 403, 403, 200, 200, 403]),
        ("GET", "/api/needs", [200, 200, 200, 200, 200, 200]),
        ("POST", "/api/needs", [401, 403, 403, 201, 201, 403]),
        ("GET", "/api/needs/{need}", [401, 403, 403, 200, 404, 403]),
        ("PUT", "/api/needs/{need}", [401, 403, 403, 200, 404, 403]),
        ("POST", "/api/needs/{need}/close", [401, 403, 403, 200, 404, 403]),
        ("POST", "/api/needs/{need}/renew", [401, 403, 403, 200, 404, 403]),
        ("GET", "/api/model", [401, 403, 403, 403, 403, 404]),
        ("POST", "/api/model/retrain", [401, 403, 403, 403, 403, 202]),
        ("GET", "/api/model/versions", [401, 403, 403, 403, 403, 200]),
        ("GET", "/api/model/retrain/{job}", [401, 403, 403, 403, 403, 404]),
        ("GET", "/api/introductions", [401, 403, 403, 403, 403, 200]),
        ("POST", "/api/introductions/{introduction}/emails/ask-person/send-again", [401, 403, 403, 403, 403, 404]),
        ("POST", "/api/suggestions/{suggestion}/approve", [401, 403, 403, 403, 403, 404]),
        ("POST", "/api/suggestions/{suggestion}/reject", [401, 403, 403, 403, 403, 404]),
        ("GET", "/api/insights", [401, 403, 403, 403, 403, 200]),
        ("GET", "/api/suggestions", [401, 403, 403, 403, 403, 200]),
        ("GET", "/api/suggestions/by-need", [401, 403, 403, 403, 403, 200]),
        ("GET", "/api/poison", [401, 403, 403, 403, 403, 200]),
        ("POST", "/api/poison/need-updates/{job}/replay", [401, 403, 403, 403, 403, 404]),
        // Anonymous by design: the token in the link or SendGrid's signature is the credential, never a role's.
        ("POST", "/api/unsubscribe", [400, 400, 400, 400, 400, 400]),
        // This world configures no webhook key, so nothing is accepted from anyone.
        ("POST", "/api/email/events", [503, 503, 503, 503, 503, 503]),
    ];

    public static TheoryData<string, string, string, int> Cases()
    {
        var cases = new TheoryData<string, string, string, int>();
        foreach (var (method, route, expected) in Routes)
        {
            for (var i = 0; i < Roles.Length; i++)
            {
                cases.Add(method, route, Roles[i], expected[i]);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_gets_the_expected_status_and_denied_writes_change_nothing(string method, string route, string role, int expected)
    {
        // Writes go to fresh objects, so that an allowed write in one case cannot change what another sees.
        var writes = method is "PUT" or "DELETE" || route.EndsWith("/close", StringComparison.Ordinal) || route.EndsWith("/renew", StringComparison.Ordinal);
        var profile = writes && route.Contains("{profile}", StringComparison.Ordinal) ? await world.Api.CreateProfileAsync() : world.Profile;
        var need = writes && route.Contains("{need}", StringComparison.Ordinal) ? await world.Api.CreateNeedAsync(world.Coop.Key) : world.Need;
        // A co-op's edits and key changes go to fresh co-ops too: a replaced key would fail every later case.
        var coopWrite = route.StartsWith("/api/coops/", StringComparison.Ordinal) && (method == "PUT" || route.EndsWith("/key", StringComparison.Ordinal));
        var (coop, otherCoop) = coopWrite
            ? (await world.Api.CreateCoopAsync(FreshCoopName), await world.Api.CreateCoopAsync(FreshCoopName))
            : (world.Coop, world.OtherCoop);
        var bearer = role switch
        {
            Owner => profile.OwnerToken,
            OtherOwner => world.OtherProfile.OwnerToken,
            Coop => coop.Key,
            OtherCoop => otherCoop.Key,
            Coordinator => ApiWorld.CoordinatorKey,
            _ => null,
        };
        var path = route.Replace("{profile}", profile.Id, StringComparison.Ordinal).Replace("{need}", need, StringComparison.Ordinal)
            .Replace("{suggestion}", $"{need}~{profile.Id}", StringComparison.Ordinal).Replace("{coop}", coop.Id, StringComparison.Ordinal)
            .Replace("{job}", UnknownId, StringComparison.Ordinal).Replace("{introduction}", UnknownId, StringComparison.Ordinal);

        var response = await world.Api.SendAsync(new HttpMethod(method), path, bearer, BodyFor(method, route));

        Assert.Equal(expected, (int)response.StatusCode);
        if ((int)response.StatusCode >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            await AssertUnchangedAsync(profile, need);
            if (coopWrite)
            {
                var own = await world.Api.SendAsync(HttpMethod.Get, "/api/coops/me", coop.Key);
                Assert.Equal(HttpStatusCode.OK, own.StatusCode);
                Assert.Equal(FreshCoopName, (await own.Content.ReadFromJsonAsync<CoopView>())!.Name);
            }
        }
    }

    private async Task AssertUnchangedAsync(ProfileCreated profile, string need)
    {
        var stored = await world.Api.SendAsync(HttpMethod.Get, $"/api/profiles/{profile.Id}", profile.OwnerToken);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.Equal(TestProfiles.Valid().Name, (await stored.Content.ReadFromJsonAsync<ProfileView>())!.Name);
        var storedNeed = await world.Api.SendAsync(HttpMethod.Get, $"/api/needs/{need}", world.Coop.Key);
        Assert.Equal(HttpStatusCode.OK, storedNeed.StatusCode);
        Assert.Equal(ApiWorld.ValidNeed().Title, (await storedNeed.Content.ReadFromJsonAsync<Matchmaker.Needs.NeedView>())!.Title);
    }

    private static object? BodyFor(string method, string route) => (method, route) switch
    {
        ("POST", "/api/profiles") => TestProfiles.Valid(),
        ("POST", "/api/profiles/{profile}/confirm") => new ConfirmInput("wrong-code"),
        ("PUT", "/api/profiles/{profile}") => TestProfiles.Valid() with { Name = "Changed by the caller" },
        ("POST", "/api/coops") => new CoopInput("New Co-op", "new@coop.example.org", "York", "GB"),
        ("PUT", "/api/coops/{coop}") => new CoopInput("Changed by the caller", "changed@coop.example.org", "York", "GB"),
        ("PUT", "/api/coops/me") => new CoopProfileInput("Changed by the caller", "York", "GB", "Changed", ["PHP"]),
        ("POST", "/api/needs") => ApiWorld.ValidNeed(),
        ("PUT", "/api/needs/{need}") => ApiWorld.ValidNeed() with { Title = "Changed by the caller" },
        ("POST", "/api/needs/{need}/close") => ApiWorld.Closing(),
        ("POST", "/api/suggestions/{suggestion}/approve") => new Matchmaker.Review.ApproveInput(null),
        ("POST", "/api/suggestions/{suggestion}/reject") => new Matchmaker.Review.RejectInput("other", null),
        ("POST", "/api/introductions/{introduction}/emails/ask-person/send-again") => new Matchmaker.Introductions.SendAgainInput(null),
        _ => null,
    };

    /// <summary>Two newcomers, two co-ops each with a need, and a coordinator key.</summary>
    public sealed class World : IAsyncLifetime
    {
        public ApiWorld Api { get; } = new();

        public ProfileCreated Profile { get; private set; } = null!;

        public ProfileCreated OtherProfile { get; private set; } = null!;

        public CoopCreated Coop { get; private set; } = null!;

        public CoopCreated OtherCoop { get; private set; } = null!;

        public string Need { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await Api.InitializeAsync();
            Profile = await Api.CreateProfileAsync();
            OtherProfile = await Api.CreateProfileAsync();
            Coop = await Api.CreateCoopAsync("The Co-op");
            OtherCoop = await Api.CreateCoopAsync("The Other Co-op");
            Need = await Api.CreateNeedAsync(Coop.Key);
            await Api.CreateNeedAsync(OtherCoop.Key);
        }

        public Task DisposeAsync() => Api.DisposeAsync();
    }
}
