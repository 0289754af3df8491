using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Platform.Hosting;

/// <summary>The 503 every HTTP route answers while storage or email is unreachable.</summary>
public static class OutageResponse
{
    public static Task WriteAsync(HttpContext context)
    {
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        Outage.SetRetryAfter(context.Response);
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "A service Matchmaker depends on is unavailable.",
            Detail = "Nothing was changed. Try again shortly.",
        };
        return context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, Matchmaker.Platform.Http.Problems.ContentType, context.RequestAborted);
    }
}
