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
        // The queued copy of a confirmation comes a second after it was asked for, not two minutes.
        app = await StandaloneApp.StartAsync(
            storage, "--Matchmaker:Email:SendGridApiKey=SG.test-key", $"--Matchmaker:Email:SendGridHost={sendGrid.Url}", "--Matchmaker:AccountEmails:RetryDelay=00:00:01");
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
    public async Task When_sendgrid_fails_the_signup_is_kept_and_its_confirmation_is_sent_exactly_once_when_sendgrid_is_back()
    {
        var mailSend = Request.Create().WithPath("/v3/mail/send").UsingPost();
        sendGrid.Given(mailSend).RespondWith(Response.Create().WithStatusCode(HttpStatusCode.InternalServerError));

        var response = await app.Client.PostAsJsonAsync("/api/profiles", TestProfiles.Valid());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.NotEmpty(sendGrid.LogEntries);
        Assert.True((await new TableServiceClient(storage).GetTableClient(StorageNames.ProfilesTable).GetEntityIfExistsAsync<TableEntity>(id, "profile")).HasValue);

        sendGrid.Reset();
        sendGrid.Given(mailSend).RespondWith(Response.Create().WithStatusCode(HttpStatusCode.Accepted));
        var queue = new Azure.Storage.Queues.QueueClient(storage, StorageNames.AccountEmailsQueue);
        await Eventually.TrueAsync(
            async () => sendGrid.LogEntries.Any() && (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0,
            "the queued copies of the confirmation came and the email was accepted");
        var request = Assert.Single(sendGrid.LogEntries).RequestMessage;
        using var mail = JsonDocument.Parse(request.Body!);
        Assert.Equal("confirmation", mail.RootElement.GetProperty("categories")[0].GetString());
    }
}
