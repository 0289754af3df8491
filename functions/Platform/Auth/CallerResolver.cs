using Matchmaker.Platform.Credentials;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Matchmaker.Platform.Auth;

/// <summary>Works out who is calling from the request's credential; an unknown credential is anonymous.</summary>
public sealed class CallerResolver(CoordinatorKey coordinatorKey, CredentialStore credentials, IConfiguration configuration)
{
    private readonly bool easyAuthEnabled = string.Equals(configuration["WEBSITE_AUTH_ENABLED"], "true", StringComparison.OrdinalIgnoreCase);

    public async Task<Caller> ResolveAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // Easy Auth signs a browser in with a cookie, which a request started by another site's page carries
        // too: a request that changes something counts as signed in only when it comes from this app's origin.
        if (easyAuthEnabled && EasyAuthPrincipal.HasCoordinatorRole(request.Headers[EasyAuthPrincipal.Header])
            && (IsSafe(request.Method) || IsSameOrigin(request)))
        {
            // The principal's object id (not a name or email) identifies the coordinator in the audit log.
            var principalId = request.Headers[EasyAuthPrincipal.IdHeader].ToString();
            return principalId.Length > 0 ? new Caller(CallerRole.Coordinator, principalId) : Caller.Coordinator;
        }

        var token = BearerToken.From(request);
        if (token is null)
        {
            return Caller.Anonymous;
        }

        if (coordinatorKey.Matches(token))
        {
            return Caller.Coordinator;
        }

        return await credentials.FindAsync(token, cancellationToken) switch
        {
            { Kind: CredentialKind.Owner } owner => new Caller(CallerRole.Owner, owner.SubjectId),
            { Kind: CredentialKind.Coop } coop => new Caller(CallerRole.Coop, coop.SubjectId),
            _ => Caller.Anonymous,
        };
    }

    private static bool IsSafe(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);

    // The browser's Origin names the page that started the request; without one, Sec-Fetch-Site says the
    // same. Neither (an old browser or a script outside one) is not taken for the app's own page.
    private static bool IsSameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(request.Headers["Sec-Fetch-Site"].ToString(), "same-origin", StringComparison.Ordinal);
    }
}
