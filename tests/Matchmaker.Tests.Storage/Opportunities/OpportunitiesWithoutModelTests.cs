using System.Net;

namespace Matchmaker.Tests.Storage.Opportunities;

/// <summary>ApiWorld trains no model, so no model is ever live here.</summary>
public sealed class AdviceWithoutModelTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    [Fact]
    public async Task Before_any_model_is_live_advice_answers_503_with_retry_after()
    {
        var profile = await world.CreateConfirmedProfileAsync(TestProfiles.Valid());

        var response = await world.SendAsync(HttpMethod.Get, $"/api/profiles/{profile.Id}/advice", profile.OwnerToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
