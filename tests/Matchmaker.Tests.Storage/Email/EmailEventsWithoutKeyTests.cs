using System.Net;
using Matchmaker.Email.Events;

namespace Matchmaker.Tests.Storage.Email;

[Collection(AzuriteTests.Name)]
public sealed class EmailEventsWithoutKeyTests(AzuriteFixture azurite) : SharedAzuriteAppTests(azurite)
{
    [Fact]
    public async Task Without_a_configured_public_key_the_webhook_answers_503_and_accepts_nothing()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/email/events") { Content = new StringContent("[]") };
        request.Headers.Add(EventWebhookSignature.SignatureHeader, "MEUCIQ==");
        request.Headers.Add(EventWebhookSignature.TimestampHeader, DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));

        var response = await App.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
