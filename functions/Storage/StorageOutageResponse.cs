using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Storage;

/// <summary>The 503 every HTTP route answers while storage is unreachable.</summary>
public static class StorageOutageResponse
{
    public static Task WriteAsync(HttpContext context)
    {
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = ((int)StorageOutage.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "Storage is unavailable.",
            Detail = "Nothing was changed. Try again shortly.",
        };
        return context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, Http.Problems.ContentType, context.RequestAborted);
    }
}
