using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Matchmaker.Tests.Storage.Platform;

/// <summary>Each test has its own Azurite, because each stops it.</summary>
public sealed class StorageOutageTests : IAsyncLifetime
{
    private AzuriteProcess azurite = null!;
    private StandaloneApp app = null!;

    public async Task InitializeAsync()
    {
        azurite = await AzuriteProcess.StartAsync();
        app = await StandaloneApp.StartAsync(azurite.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task Health_reports_storage_up_then_down_when_azurite_stops()
    {
        var up = await app.Client.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, up.StatusCode);
        Assert.Equal("up", (await up.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("storage").GetString());

        await azurite.StopAsync();

        var down = await app.Client.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.NotNull(down.Headers.RetryAfter);
        var report = await down.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("down", report.GetProperty("storage").GetString());
        Assert.Equal("unavailable", report.GetProperty("status").GetString());
        Assert.Empty(report.GetProperty("poison").EnumerateObject());
    }

    [Fact]
    public async Task A_write_during_an_outage_answers_503_with_retry_after_and_does_not_claim_that_nothing_was_saved()
    {
        await azurite.StopAsync();

        var response = await app.Client.PostAsJsonAsync("/api/profiles", TestProfiles.Valid());
        var read = await app.Client.GetAsync("/api/needs");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Matchmaker.Platform.Hosting.OutageResponse.MaybeChanged, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, read.StatusCode);
        Assert.Equal(Matchmaker.Platform.Hosting.OutageResponse.NothingChanged, (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_write_that_fails_before_anything_is_written_says_that_nothing_was_changed()
    {
        var created = await (await app.Client.PostAsJsonAsync("/api/profiles", TestProfiles.Valid())).Content.ReadFromJsonAsync<JsonElement>();
        await azurite.StopAsync();

        using var update = new HttpRequestMessage(HttpMethod.Put, $"/api/profiles/{created.GetProperty("id").GetString()}")
        {
            Content = JsonContent.Create(TestProfiles.Valid() with { Name = "Sam Renamed" }),
        };
        update.Headers.Authorization = new("Bearer", created.GetProperty("ownerToken").GetString());
        var response = await app.Client.SendAsync(update);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal(Matchmaker.Platform.Hosting.OutageResponse.NothingChanged, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }
}
