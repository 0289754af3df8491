using Matchmaker.Platform.Http;

namespace Matchmaker.Review;

/// <summary>The review page's files, embedded from <c>Review/wwwroot</c>.</summary>
public static class ReviewAssets
{
    public const string Page = "review.html";

    public static EmbeddedFiles Files { get; } = new("review", [Page, "review.css", "review.js"]);
}
