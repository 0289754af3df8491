using Azure;
using Matchmaker.Platform.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Platform.Http;

/// <summary>Answers for stored records that carry an ETag.</summary>
public static class Versioned
{
    public static IActionResult Ok(HttpRequest request, ETag etag, object body)
    {
        request.HttpContext.Response.Headers.ETag = etag.ToString("H");
        return new OkObjectResult(body);
    }

    public static IActionResult From<T>(HttpRequest request, SaveResult<T> result, Func<T, ETag> etag, Func<T, object> view)
        where T : class => result.Outcome switch
        {
            SaveOutcome.Saved => Ok(request, etag(result.Value!), view(result.Value!)),
            SaveOutcome.Stale => Problems.Status(StatusCodes.Status412PreconditionFailed, "The record has changed since you read it.", "Read it again and reapply your change."),
            SaveOutcome.TooMany => Problems.TooMany(request.HttpContext.Response, result.RetryAfter ?? TimeSpan.FromMinutes(1), "Too many emails to this address; nothing was saved."),
            _ => Problems.NotFound(),
        };
}
