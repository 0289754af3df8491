using Matchmaker.Platform.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Platform.OpenApi;

/// <summary>
/// Serves the API's OpenAPI document: <c>functions/openapi.yaml</c>, embedded in the assembly at build
/// time and read once.
/// </summary>
public sealed class GetOpenApiDocument
{
    public const string ResourceName = "openapi.yaml";
    public const string ContentType = "application/yaml; charset=utf-8";

    private static readonly Lazy<string> Document = new(Load);

    [Function(nameof(GetOpenApiDocument))]

    [RequiresRole(CallerRole.Anonymous)]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.yaml")] HttpRequest request) =>
        new ContentResult { Content = Document.Value, ContentType = ContentType, StatusCode = StatusCodes.Status200OK };

    private static string Load()
    {
        using var stream = typeof(GetOpenApiDocument).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing; functions/openapi.yaml should be built into the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
