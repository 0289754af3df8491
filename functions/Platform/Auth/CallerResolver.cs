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
        if (easyAuthEnabled && EasyAuthPrincipal.HasCoordinatorRole(request.Headers[EasyAuthPrincipal.Header]))
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
}
