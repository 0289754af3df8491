using System.Net;

namespace Matchmaker.Tests.Storage.Opportunities;

/// <summary>
/// A person's matches and advice both need the ranking model; until one is live they answer 503 with
/// Retry-After, so clients wait rather than show an empty list. ApiWorld trains no model, so none is ever live here.
/// </summary>
public sealed class OpportunitiesWithoutModelTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    [Theory]
    [InlineData("matches")]
    [InlineData("advice")]
    public async Task Before_any_model_is_live_the_route_answers_503_with_retry_after(string route)
    {
        var profile = await world.CreateConfirmedProfileAsync(TestProfiles.Valid() with { Email = $"{route}@example.org" });

        var response = await world.SendAsync(HttpMethod.Get, $"/api/profiles/{profile.Id}/{route}", profile.OwnerToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
