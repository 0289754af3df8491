using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Platform.Http;

/// <summary>RFC 9457 problem responses, the only shape errors take.</summary>
public static class Problems
{
    public const string ContentType = "application/problem+json";

    public static IActionResult Validation(IReadOnlyDictionary<string, string[]> errors) =>
        Result(StatusCodes.Status400BadRequest, new ValidationProblemDetails(errors.ToDictionary())
        {
            Title = "The request has invalid fields.",
            Status = StatusCodes.Status400BadRequest,
        });

    public static IActionResult Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static IActionResult NotFound() =>
        Status(StatusCodes.Status404NotFound, "Not found.");

    public static IActionResult TooLarge(int limit) =>
        Status(StatusCodes.Status413PayloadTooLarge, "The request body is too large.", $"Bodies are limited to {limit} bytes.");

    /// <summary>The 503 of the routes that score with the live model, until the first one is live (start-up trains it).</summary>
    public static IActionResult NoModelYet(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Hosting.Outage.SetRetryAfter(request.HttpContext.Response);
        return Status(StatusCodes.Status503ServiceUnavailable, "No ranking model is live yet.", "The first model is trained at start-up; try again shortly.");
    }

    public static IActionResult Status(int status, string title, string? detail = null) =>
        Result(status, new ProblemDetails { Status = status, Title = title, Detail = detail });

    private static ObjectResult Result(int status, ProblemDetails problem) =>
        new(problem) { StatusCode = status, ContentTypes = { ContentType } };

    /// <summary>429 with Retry-After in whole seconds (at least one), saying when to try again.</summary>
    public static IActionResult TooMany(HttpResponse response, TimeSpan wait, string title)
    {
        ArgumentNullException.ThrowIfNull(response);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Status(StatusCodes.Status429TooManyRequests, title, $"Try again in {seconds} seconds.");
    }
}
