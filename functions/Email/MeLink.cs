using Matchmaker.Platform.Http;

namespace Matchmaker.Email;

/// <summary>
/// The one link the confirmation and sign-in emails carry: the person's page, <c>/api/me</c>, with the profile
/// id and the code in the fragment (<c>#profile={id}&amp;confirm={code}</c>). Browsers never send a fragment
/// to a server, so the code stays out of server, proxy and referrer logs; the page reads it and posts it.
/// </summary>
public static class MeLink
{
    public const string Confirm = "confirm";
    public const string SignIn = "signin";

    public static string To(Uri publicBaseUrl, string profileId, string purpose, string code) =>
        $"{PublicLink.To(publicBaseUrl, "api/me")}#profile={Uri.EscapeDataString(profileId)}&{purpose}={Uri.EscapeDataString(code)}";
}
