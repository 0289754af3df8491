using Matchmaker.Platform.Http;

namespace Matchmaker.Platform.Pages;

/// <summary>The look and the widgets every page shares, embedded from <c>Platform/Pages/wwwroot</c>: one copy for all pages.</summary>
public static class SiteAssets
{
    public static EmbeddedFiles Files { get; } = new("site", ["site.css", "site.js"]);
}
