using System.Text;
using System.Text.Json;

namespace Matchmaker.Platform.Auth;

/// <summary>
/// Reads the principal that App Service Authentication (Easy Auth) puts in <c>X-MS-CLIENT-PRINCIPAL</c>.
/// The header is only believed when Easy Auth is on (<c>WEBSITE_AUTH_ENABLED</c>), because the platform
/// then strips it from incoming requests; anywhere else a client could simply send it.
/// </summary>
public static class EasyAuthPrincipal
{
    public const string Header = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>The principal's object id, set by the platform beside <see cref="Header"/>.</summary>
    public const string IdHeader = "X-MS-CLIENT-PRINCIPAL-ID";

    public const string CoordinatorRole = "coordinator";

    public static bool HasCoordinatorRole(string? headerValue)
    {
        if (string.IsNullOrEmpty(headerValue))
        {
            return false;
        }

        try
        {
            using var principal = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(headerValue)));
            var roleType = principal.RootElement.TryGetProperty("role_typ", out var type) ? type.GetString() : null;
            return principal.RootElement.TryGetProperty("claims", out var claims) && claims.ValueKind == JsonValueKind.Array
                && claims.EnumerateArray().Any(claim =>
                    claim.TryGetProperty("typ", out var typ) && claim.TryGetProperty("val", out var val)
                    && (typ.GetString() == roleType || typ.GetString() == "roles")
                    && val.GetString() == CoordinatorRole);
        }
        catch (Exception exception) when (exception is FormatException or JsonException or InvalidOperationException)
        {
            return false;
        }
    }
}
