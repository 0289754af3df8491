using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Platform.Hosting;

/// <summary>
/// The 503 every HTTP route answers while storage or email is unreachable. It is written where the outage
/// surfaced, which may be after some of a change was saved: the caller is told that nothing changed only when
/// no request that could change storage was sent for it (or what was sent was undone).
/// </summary>
public static class OutageResponse
{
    public const string NothingChanged = "Nothing was changed. Try again shortly.";

    public const string MaybeChanged =
        "Some of this change may have been saved before the failure. Look at the current state (reload it) before trying again.";

    public static Task WriteAsync(HttpContext context, bool mayHaveChanged)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        Outage.SetRetryAfter(context.Response);
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "A service Matchmaker depends on is unavailable.",
            Detail = mayHaveChanged ? MaybeChanged : NothingChanged,
        };
        return context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, Matchmaker.Platform.Http.Problems.ContentType, context.RequestAborted);
    }
}
