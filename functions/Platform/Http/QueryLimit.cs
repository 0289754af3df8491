using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Platform.Http;

/// <summary><c>?limit=</c>: default 20, at most 100.</summary>
public static class QueryLimit
{
    public const int Default = 20;
    public const int Max = 100;

    public static (int Limit, IActionResult? Problem) From(HttpRequest request)
    {
        if (!request.Query.TryGetValue("limit", out var text))
        {
            return (Default, null);
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is >= 1 and <= Max
            ? (limit, null)
            : (0, Problems.Validation("limit", $"Must be a whole number from 1 to {Max}."));
    }
}
