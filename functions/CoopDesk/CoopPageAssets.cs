using Matchmaker.Platform.Http;

namespace Matchmaker.CoopDesk;

/// <summary>
/// The co-op page's files, embedded from <c>CoopDesk/wwwroot</c> (logical folder <c>coopdesk</c>): the page
/// itself, and under its own route only its stylesheet and script.
/// </summary>
public static class CoopPageAssets
{
    public static EmbeddedFiles Page { get; } = new("coopdesk", ["coop.html"]);

    public static EmbeddedFiles Files { get; } = new("coopdesk", ["coop.css", "coop.js"]);
}
