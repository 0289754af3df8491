using Matchmaker.Platform.Http;

namespace Matchmaker.Review;

/// <summary>
/// The review page's files, embedded from <c>Review/wwwroot</c>: the page itself, and under its own route only
/// its stylesheet and scripts (one per tab, with the shared frame first and the one that starts the page last).
/// </summary>
public static class ReviewAssets
{
    public const string PageName = "review.html";

    public static EmbeddedFiles Page { get; } = new("review", [PageName]);

    public static EmbeddedFiles Files { get; } = new(
        "review",
        ["review.css", "review-desk.js", "review-suggestions.js", "review-coops.js", "review-introductions.js", "review-model.js", "review-insights.js", "review-poison.js", "review.js"]);
}
