using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Queues;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Tests.Storage.Platform;

/// <summary>Its own storage account: a poison message here would make every other app on a shared one degraded.</summary>
public sealed class PoisonHealthTests : IAsyncLifetime
{
    private string storage = null!;
    private StandaloneApp app = null!;

    public async Task InitializeAsync()
    {
        storage = await SharedAzurite.NewAccountAsync();
        app = await StandaloneApp.StartAsync(storage);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
    }

    [Fact]
    public async Task Health_counts_every_poison_queue_and_is_degraded_but_200_while_one_holds_a_message()
    {
        var clean = await HealthAsync();
        Assert.Equal("ok", clean.GetProperty("status").GetString());
        var poisonQueues = StorageNames.Queues.Select(StorageNames.PoisonQueueOf).Order(StringComparer.Ordinal);
        Assert.Equal(poisonQueues, clean.GetProperty("poison").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(clean.GetProperty("poison").EnumerateObject(), p => Assert.Equal(0, p.Value.GetInt32()));

        var poison = StorageNames.PoisonQueueOf(StorageNames.NeedUpdatesQueue);
        await new QueueServiceClient(storage).GetQueueClient(poison).SendMessageAsync("""{"id":"a-need","version":1}""");

        var degraded = await HealthAsync();
        Assert.Equal("degraded", degraded.GetProperty("status").GetString());
        Assert.Equal("up", degraded.GetProperty("storage").GetString());
        Assert.Equal(1, degraded.GetProperty("poison").GetProperty(poison).GetInt32());
        Assert.Equal(0, degraded.GetProperty("poison").GetProperty(StorageNames.PoisonQueueOf(StorageNames.ProfileUpdatesQueue)).GetInt32());
    }

    private async Task<JsonElement> HealthAsync()
    {
        var response = await app.Client.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
