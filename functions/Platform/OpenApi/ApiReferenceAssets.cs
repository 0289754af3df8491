using Matchmaker.Platform.Http;

namespace Matchmaker.Platform.OpenApi;

/// <summary>
/// The API reference page's files: Swagger UI (the npm package <c>swagger-ui-dist</c>, pinned in package.json)
/// and the app's own page and start-up script around it (<c>Platform/OpenApi/wwwroot</c>), all embedded at
/// build time. Swagger UI sets its few dynamic styles through the CSSOM and its icons are <c>data:</c> SVGs
/// in its stylesheet, so the app's self-only policy serves it unchanged; "Try it out" can reach this API only.
/// </summary>
public static class ApiReferenceAssets
{
    public const string Page = "reference.html";

    public static EmbeddedFiles Files { get; } = new(
        "reference",
        [
            Page, "reference.css", "reference.js", "swagger-ui.css", "swagger-ui-bundle.js",
            // Swagger UI's licence, its notice and the licences of what its bundle includes (Apache-2.0 asks
            // that they go with every copy).
            "swagger-ui-bundle.js.LICENSE.txt", "LICENSE", "NOTICE",
        ]);
}
