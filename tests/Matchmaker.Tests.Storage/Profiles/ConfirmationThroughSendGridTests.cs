using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Matchmaker.Platform.Storage;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Matchmaker.Tests.Storage.Profiles;

/// <summary>The app configured with a SendGrid key, against a real HTTP stand-in for SendGrid.</summary>
public sealed class ConfirmationThroughSendGridTests : IAsyncLifetime
{
    private readonly WireMockServer sendGrid = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort.Next()}"] });
    private string storage = null!;
    private StandaloneApp app = null!;

    public async Task InitializeAsync()
    {
        storage = await SharedAzurite.NewAccountAsync();
        app = await StandaloneApp.StartAsync(
            storage, "--Matchmaker:Email:SendGridApiKey=SG.test-key", $"--Matchmaker:Email:SendGridHost={sendGrid.Url}");
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        sendGrid.Stop();
        sendGrid.Dispose();
    }

    [Fact]
    public async Task A_new_profile_sends_exactly_one_confirmation_request_to_sendgrid()
    {
        sendGrid.Given(Request.Create().WithPath("/v3/mail/send").UsingPost()).RespondWith(Response.Create().WithStatusCode(HttpStatusCode.Accepted));

        var response = await app.Client.PostAsJsonAsync("/api/profiles", TestProfiles.Valid() with { Email = "zoe@example.org", Name = "Zoë <b>Example</b>" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var request = Assert.Single(sendGrid.LogEntries).RequestMessage;
        using var mail = JsonDocument.Parse(request.Body!);
        var to = mail.RootElement.GetProperty("personalizations")[0].GetProperty("to")[0];
        Assert.Equal("zoe@example.org", to.GetProperty("email").GetString());
        Assert.Equal("confirmation", mail.RootElement.GetProperty("categories")[0].GetString());
        var contents = mail.RootElement.GetProperty("content").EnumerateArray().ToDictionary(c => c.GetProperty("type").GetString()!, c => c.GetProperty("value").GetString()!);
        Assert.Contains(id, contents["text/plain"], StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Example&lt;/b&gt;", contents["text/html"], StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Example", contents["text/html"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_sendgrid_fails_the_signup_answers_503_and_nothing_is_stored()
    {
        sendGrid.Given(Request.Create().WithPath("/v3/mail/send").UsingPost()).RespondWith(Response.Create().WithStatusCode(HttpStatusCode.InternalServerError));

        var response = await app.Client.PostAsJsonAsync("/api/profiles", TestProfiles.Valid());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Single(sendGrid.LogEntries);
        var tables = new TableServiceClient(storage);
        foreach (var table in new[] { StorageNames.ProfilesTable, StorageNames.CredentialsTable })
        {
            await foreach (var row in tables.GetTableClient(table).QueryAsync<TableEntity>())
            {
                Assert.Fail($"{table} still holds {row.PartitionKey}");
            }
        }
    }
}
