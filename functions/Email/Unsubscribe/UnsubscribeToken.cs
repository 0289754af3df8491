using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Email.Unsubscribe;

/// <summary>
/// Where an unsubscribe request carries its token: in the query, as mail clients POST the
/// <c>List-Unsubscribe</c> address itself (with the form body <c>List-Unsubscribe=One-Click</c>, which says
/// nothing else), or in a JSON body <c>{token}</c>.
/// </summary>
public static class UnsubscribeToken
{
    public const string Field = "token";

    public static string? FromQuery(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Query[Field] is { Count: > 0 } values && !string.IsNullOrEmpty(values[0]) ? values[0] : null;
    }

    public static async Task<(string? Token, IActionResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (FromQuery(request) is { } token)
        {
            return (token, null);
        }

        if (!request.HasJsonContentType())
        {
            return (null, Missing());
        }

        var (input, problem) = await JsonBody.ReadAsync<UnsubscribeInput>(request, cancellationToken);
        return problem is not null ? (null, problem)
            : string.IsNullOrEmpty(input!.Token) ? (null, Missing())
            : (input.Token, null);
    }

    private static IActionResult Missing() =>
        Problems.Validation(Field, "The token from the unsubscribe link is required, in the query (?token=) or a JSON body {\"token\": \"...\"}.");
}
