using System.Net;

namespace Matchmaker.Tests.Storage.Platform;

[Collection(AzuriteTests.Name)]
public sealed class OpenApiRouteTests(AzuriteFixture azurite) : SharedAzuriteAppTests(azurite)
{
    [Fact]
    public async Task The_route_serves_the_document_in_the_repository_as_yaml_to_anyone()
    {
        var response = await App.Client.GetAsync("/api/openapi.yaml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/yaml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(await File.ReadAllTextAsync(OpenApiYaml.FilePath), await response.Content.ReadAsStringAsync());
    }
}
