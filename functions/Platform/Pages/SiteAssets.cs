using Matchmaker.Platform.Http;
using Matchmaker.Platform.SpecialCategories;

namespace Matchmaker.Platform.Pages;

/// <summary>
/// The look and the widgets every page shares, embedded from <c>Platform/Pages/wwwroot</c>: one copy for all
/// pages. The special-category term list is served here too, so the pages warn from the very file the API uses.
/// </summary>
public static class SiteAssets
{
    public static EmbeddedFiles Files { get; } = new("site", ["site.css", "site.js", "special-terms.js", SpecialCategoryTerms.FileName]);
}
