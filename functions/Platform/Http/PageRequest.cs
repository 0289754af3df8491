using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Matchmaker.Platform.Http;

/// <summary>
/// <see cref="QueryLimit"/> and <c>?continuation=</c>. Continuations are opaque to
/// clients: storage's own token, base64url-encoded, so a tampered one is a 400 and never reaches storage as garbage.
/// </summary>
public sealed record PageRequest(int Limit, string? StorageContinuation)
{
    public static (PageRequest? Page, IActionResult? Problem) From(HttpRequest request)
    {
        var (limit, problem) = QueryLimit.From(request);
        if (problem is not null)
        {
            return (null, problem);
        }

        var continuation = request.Query["continuation"].ToString();
        if (continuation.Length == 0)
        {
            return (new PageRequest(limit, null), null);
        }

        try
        {
            return (new PageRequest(limit, Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(continuation))), null);
        }
        catch (FormatException)
        {
            return (null, Problems.Validation("continuation", "Not a continuation this API gave out."));
        }
    }

    public static string? Encode(string? storageContinuation) =>
        storageContinuation is null ? null : WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(storageContinuation));
}
