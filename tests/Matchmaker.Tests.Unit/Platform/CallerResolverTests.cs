using System.Reflection;
using System.Text;
using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Credentials;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Matchmaker.Tests.Unit.Platform;

public sealed class CallerResolverTests
{
    private static readonly string CoordinatorPrincipal = Convert.ToBase64String(Encoding.UTF8.GetBytes(
        """{"role_typ":"roles","claims":[{"typ":"roles","val":"coordinator"}]}"""));

    [Fact]
    public async Task The_configured_coordinator_key_makes_a_coordinator()
    {
        var resolver = Resolver(configuredKey: "the-key", environment: "Production");

        Assert.Equal(Caller.Coordinator, await resolver.ResolveAsync(Request(bearer: "the-key"), default));
        Assert.Equal(Caller.Anonymous, await resolver.ResolveAsync(Request(), default));
    }

    [Fact]
    public async Task The_easy_auth_header_counts_only_where_easy_auth_is_on()
    {
        var request = Request(principal: CoordinatorPrincipal);

        Assert.Equal(Caller.Anonymous, await Resolver(easyAuth: false).ResolveAsync(request, default));
        Assert.Equal(Caller.Coordinator, await Resolver(easyAuth: true).ResolveAsync(request, default));
    }

    [Theory]
    [InlineData("POST", "https://matchmaker.example.org", null, true)]
    [InlineData("POST", null, "same-origin", true)]
    [InlineData("DELETE", "https://elsewhere.example.com", null, false)]
    [InlineData("PUT", null, "cross-site", false)]
    [InlineData("POST", null, null, false)]
    [InlineData("POST", "null", null, false)]
    [InlineData("GET", "https://elsewhere.example.com", null, true)]
    public async Task An_easy_auth_cookie_changes_something_only_from_the_apps_own_origin(string method, string? origin, string? fetchSite, bool coordinator)
    {
        var request = Request(principal: CoordinatorPrincipal);
        request.Method = method;
        request.Host = new HostString("matchmaker.example.org");
        if (origin is not null)
        {
            request.Headers.Origin = origin;
        }

        if (fetchSite is not null)
        {
            request.Headers["Sec-Fetch-Site"] = fetchSite;
        }

        Assert.Equal(coordinator ? Caller.Coordinator : Caller.Anonymous, await Resolver(easyAuth: true).ResolveAsync(request, default));
    }

    [Fact]
    public async Task A_function_that_declares_no_role_is_refused_to_every_caller_even_the_coordinator()
    {
        var authorization = new CallerAuthorization(Resolver(configuredKey: "the-key"));
        var undeclared = typeof(CallerResolverTests).GetMethod(nameof(DeclaresNoRole), BindingFlags.NonPublic | BindingFlags.Static)!;
        var open = typeof(CallerResolverTests).GetMethod(nameof(DeclaresAnonymous), BindingFlags.NonPublic | BindingFlags.Static)!;

        var asCoordinator = await authorization.AuthorizeAsync(Request(bearer: "the-key").HttpContext, undeclared, routeId: null);
        var asAnyone = await authorization.AuthorizeAsync(Request().HttpContext, open, routeId: null);

        Assert.Equal(StatusCodes.Status403Forbidden, Assert.IsType<ObjectResult>(asCoordinator).StatusCode);
        Assert.Null(asAnyone);
    }

    [Fact]
    public void Without_a_configured_key_only_development_gets_one()
    {
        var production = new CoordinatorKey(Options.Create(new MatchmakerOptions()), Environment("Production"), NullLogger<CoordinatorKey>.Instance);
        var development = new CoordinatorKey(Options.Create(new MatchmakerOptions()), Environment("Development"), NullLogger<CoordinatorKey>.Instance);

        Assert.False(production.Matches(""));
        Assert.False(development.Matches(""));
        Assert.False(development.Matches("guess"));
    }

    private static CallerResolver Resolver(string? configuredKey = "key", string environment = "Production", bool easyAuth = false)
    {
        var key = new CoordinatorKey(Options.Create(new MatchmakerOptions { CoordinatorKey = configuredKey }), Environment(environment), NullLogger<CoordinatorKey>.Instance);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["WEBSITE_AUTH_ENABLED"] = easyAuth ? "True" : null })
            .Build();

        // Only the coordinator key or no bearer is sent here, so the credentials table (unreachable) is never asked.
        var credentials = new CredentialStore(new Azure.Data.Tables.TableServiceClient(new Uri("http://127.0.0.1:1/devstoreaccount1"), new Azure.Data.Tables.TableSharedKeyCredential("devstoreaccount1", Convert.ToBase64String(new byte[32])), new Azure.Data.Tables.TableClientOptions { Retry = { MaxRetries = 0 } }), TimeProvider.System);
        return new CallerResolver(key, credentials, configuration);
    }

    private static HostingEnvironment Environment(string name) => new HostingEnvironment { EnvironmentName = name };

    private static HttpRequest Request(string? bearer = null, string? principal = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Get;
        if (bearer is not null)
        {
            context.Request.Headers.Authorization = $"Bearer {bearer}";
        }

        if (principal is not null)
        {
            context.Request.Headers[EasyAuthPrincipal.Header] = principal;
        }

        return context.Request;
    }

    private static void DeclaresNoRole()
    {
    }

    [RequiresRole(CallerRole.Anonymous)]
    private static void DeclaresAnonymous()
    {
    }
}
