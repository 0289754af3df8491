using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Queues;
using Matchmaker.Platform.Audit;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Platform;

/// <summary>
/// Poison messages seen in health, listed and replayed. A storage account for each test: a poison message
/// would make every other app on a shared one degraded.
/// </summary>
public sealed class PoisonHealthTests : IAsyncLifetime
{
    private string storage = null!;
    private StandaloneApp app = null!;

    public async Task InitializeAsync()
    {
        storage = await SharedAzurite.NewAccountAsync();
        app = await StandaloneApp.StartAsync(storage, $"--Matchmaker:CoordinatorKey={ApiWorld.CoordinatorKey}");
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

    [Fact]
    public async Task A_poison_message_is_listed_by_its_ids_only_replayed_once_to_its_queue_audited_and_health_is_ok_again()
    {
        var poison = new QueueServiceClient(storage, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 })
            .GetQueueClient(StorageNames.PoisonQueueOf(StorageNames.NeedUpdatesQueue));
        await poison.CreateIfNotExistsAsync();
        // A need that no longer exists: its run finds nothing to do and completes.
        var sent = (await poison.SendMessageAsync("""{"id":"gone-need-0001","version":3,"name":"Not For Coordinators"}""")).Value;
        var health = await HealthAsync();
        Assert.True(health.GetProperty("poisonOldestSeconds").GetProperty(poison.Name).GetInt64() >= 0);

        var listed = Assert.Single((await GetAsync("/api/poison")).GetProperty("items").EnumerateArray());
        Assert.Equal((StorageNames.NeedUpdatesQueue, sent.MessageId), (listed.GetProperty("queue").GetString(), listed.GetProperty("messageId").GetString()));
        Assert.Equal("id=gone-need-0001, version=3", listed.GetProperty("summary").GetString());

        var replayed = await SendAsync(HttpMethod.Post, $"/api/poison/{StorageNames.NeedUpdatesQueue}/{sent.MessageId}/replay");
        var again = await SendAsync(HttpMethod.Post, $"/api/poison/{StorageNames.NeedUpdatesQueue}/{sent.MessageId}/replay");
        var badQueue = await SendAsync(HttpMethod.Post, $"/api/poison/outbox/{sent.MessageId}/replay");

        Assert.Equal(HttpStatusCode.Accepted, replayed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badQueue.StatusCode);
        var main = new QueueServiceClient(storage).GetQueueClient(StorageNames.NeedUpdatesQueue);
        await Eventually.TrueAsync(async () => (await main.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0, "the replayed message is processed");
        Assert.Empty((await GetAsync("/api/poison")).GetProperty("items").EnumerateArray());
        Assert.Equal("ok", (await HealthAsync()).GetProperty("status").GetString());
        var audit = await app.Services.GetRequiredService<AuditLog>().OfSubjectAsync($"poison-{StorageNames.NeedUpdatesQueue}", default);
        Assert.Equal((AuditActions.PoisonReplayed, sent.MessageId), (Assert.Single(audit).Action, audit[0].Reason));
    }

    private async Task<JsonElement> GetAsync(string path)
    {
        var response = await SendAsync(HttpMethod.Get, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new("Bearer", ApiWorld.CoordinatorKey);
        return app.Client.SendAsync(request);
    }

    private async Task<JsonElement> HealthAsync()
    {
        var response = await app.Client.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
