using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Matchmaker.Email;
using Matchmaker.Email.Keys;
using Matchmaker.Email.Outbox;
using Matchmaker.Email.Unsubscribe;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Email;

/// <summary>
/// The suppression key against the fingerprint the app recorded, through the standalone app on a storage
/// account of its own (the recorded fingerprint is the account's): a changed, missing or unresolved key
/// makes health degraded and sends nothing, and the right key brings everything back as it was.
/// </summary>
public sealed class SuppressionKeyChangeTests : IAsyncLifetime
{
    private const string KeyA = "key-a-for-this-test-only-0123456789abcdef";
    private const string KeyB = "key-b-for-this-test-only-0123456789abcdef";
    private const string Setting = "Matchmaker:Email:SuppressionKey";

    private string storage = null!;

    public async Task InitializeAsync() => storage = await SharedAzurite.NewAccountAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Restarted_with_another_key_the_app_is_degraded_and_sends_nothing_and_with_its_key_again_every_unsubscribe_holds()
    {
        const string unsubscribed = "gone@example.org";
        const string newcomer = "new@example.org";
        await using (var a = await StartAsync($"--{Setting}={KeyA}"))
        {
            Assert.Equal("ok", (await HealthAsync(a)).GetProperty("status").GetString());
            var link = await a.Services.GetRequiredService<UnsubscribeLinks>().LinkForAsync(unsubscribed, CancellationToken.None);
            var response = await a.Client.PostAsync(link.PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(await a.Services.GetRequiredService<SuppressionList>().IsSuppressedAsync(unsubscribed, CancellationToken.None));
        }

        await using (var b = await StartAsync($"--{Setting}={KeyB}"))
        {
            var health = await HealthAsync(b);
            Assert.Equal(("degraded", "up"), (health.GetProperty("status").GetString(), health.GetProperty("storage").GetString()));
            var reason = Assert.Single(health.GetProperty("reasons").EnumerateArray()).GetString()!;
            Assert.StartsWith($"{Setting} is not the key the stored address hashes were made with", reason, StringComparison.Ordinal);
            Assert.DoesNotContain(KeyA, health.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(KeyB, health.ToString(), StringComparison.Ordinal);

            // An outbox email, to anyone, stays for the queue's next try: neither sent nor failed, nothing composed.
            var outbox = b.Services.GetRequiredService<EmailOutbox>();
            await Assert.ThrowsAsync<EmailDeferredException>(() => outbox.SendOnceAsync("intro-key", "ask-person", Compose(unsubscribed), CancellationToken.None));
            await Assert.ThrowsAsync<EmailDeferredException>(() => outbox.SendOnceAsync("intro-key", "ask-coop", Compose(newcomer), CancellationToken.None));
            // A sign-up, whose confirmation email is sent directly, is refused (503) and emails nothing.
            var signUp = await b.Client.PostAsJsonAsync("/api/profiles", TestProfiles.Valid() with { Email = newcomer });
            Assert.Equal(HttpStatusCode.ServiceUnavailable, signUp.StatusCode);
            // And the sender itself refuses whatever asks it.
            await Assert.ThrowsAsync<SuppressionKeyException>(() => b.Services.GetRequiredService<IEmailSender>().SendAsync(Message(newcomer), CancellationToken.None));
            Assert.Empty(b.Outbox.All());
            Assert.Contains(b.Errors.All, e => e.Contains(Setting, StringComparison.Ordinal) && !e.Contains(KeyB, StringComparison.Ordinal));
            // Nothing was hashed under key B: the one suppression is the one made under key A.
            Assert.Single(await RowsAsync(StorageNames.SuppressionsTable));
            Assert.Empty(await RowsAsync(StorageNames.OutboxTable));
        }

        await using (var again = await StartAsync($"--{Setting}={KeyA}"))
        {
            Assert.Equal("ok", (await HealthAsync(again)).GetProperty("status").GetString());
            Assert.True(await again.Services.GetRequiredService<SuppressionList>().IsSuppressedAsync(unsubscribed, CancellationToken.None));

            // The emails left for later go now: the unsubscribed address's is stopped by the suppression list.
            var outbox = again.Services.GetRequiredService<EmailOutbox>();
            Assert.Equal(OutboxStatus.Failed, await outbox.SendOnceAsync("intro-key", "ask-person", Compose(unsubscribed), CancellationToken.None));
            Assert.Equal(OutboxStatus.Sent, await outbox.SendOnceAsync("intro-key", "ask-coop", Compose(newcomer), CancellationToken.None));
            Assert.Empty(again.Outbox.To(unsubscribed));
            Assert.Single(again.Outbox.To(newcomer));
            Assert.Equal("suppressed", (await outbox.FindAsync("intro-key", "ask-person", CancellationToken.None))!.LastError);
        }

        var recorded = Assert.Single(await RowsAsync(StorageNames.KeyFingerprintsTable));
        Assert.Equal((SuppressionKey.FingerprintRow, SuppressionKeySources.Configured), (recorded.PartitionKey, recorded.GetString("Source")));
        Assert.Equal(KeyFingerprint.Of(System.Text.Encoding.UTF8.GetBytes(KeyA)), recorded.GetString("Fingerprint"));
    }

    [Theory]
    [InlineData("", "is not set")]
    [InlineData("@Microsoft.KeyVault(SecretUri=https://kv-test.vault.azure.net/secrets/suppression-key)", "is a Key Vault reference that did not resolve")]
    public async Task Outside_development_a_missing_or_unresolved_key_is_degraded_and_sends_nothing_and_no_key_is_generated(string configured, string says)
    {
        await using var app = await StartAsync($"--{Setting}={configured}");

        var health = await HealthAsync(app);
        Assert.Equal("degraded", health.GetProperty("status").GetString());
        Assert.Contains($"{Setting} {says}", Assert.Single(health.GetProperty("reasons").EnumerateArray()).GetString(), StringComparison.Ordinal);
        var signUp = await app.Client.PostAsJsonAsync("/api/profiles", TestProfiles.Valid());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, signUp.StatusCode);
        await Assert.ThrowsAsync<EmailDeferredException>(() =>
            app.Services.GetRequiredService<EmailOutbox>().SendOnceAsync("intro-none", "ask-person", Compose("sam@example.org"), CancellationToken.None));
        Assert.Empty(app.Outbox.All());
        Assert.False(await GeneratedKey().ExistsAsync());
        Assert.Empty(await RowsAsync(StorageNames.KeyFingerprintsTable));
    }

    [Fact]
    public async Task In_development_without_a_key_one_is_generated_and_recorded_and_a_configured_key_later_is_a_change()
    {
        await using (var development = await StartAsync("--environment=Development", $"--{Setting}="))
        {
            Assert.Equal("ok", (await HealthAsync(development)).GetProperty("status").GetString());
        }

        var generated = (await GeneratedKey().DownloadContentAsync()).Value.Content.ToArray();
        var recorded = Assert.Single(await RowsAsync(StorageNames.KeyFingerprintsTable));
        Assert.Equal((SuppressionKeySources.Generated, KeyFingerprint.Of(generated)), (recorded.GetString("Source"), recorded.GetString("Fingerprint")));

        await using (var configured = await StartAsync($"--{Setting}={KeyA}"))
        {
            var reason = Assert.Single((await HealthAsync(configured)).GetProperty("reasons").EnumerateArray()).GetString()!;
            Assert.Contains("keys/suppression-key", reason, StringComparison.Ordinal);
        }

        // The generated key moved into the setting, as base64 of its bytes: the same key, so all is well.
        await using var moved = await StartAsync($"--{Setting}=base64:{Convert.ToBase64String(generated)}");
        Assert.Equal("ok", (await HealthAsync(moved)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_generated_key_from_before_keys_were_required_is_recorded_rather_than_the_first_configured_one()
    {
        // An app from before: no fingerprint, hashes made with the generated key.
        await GeneratedKey().UploadAsync(BinaryData.FromBytes(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));

        await using var app = await StartAsync($"--{Setting}={KeyA}");

        var health = await HealthAsync(app);
        Assert.Equal("degraded", health.GetProperty("status").GetString());
        Assert.Contains("keys/suppression-key", Assert.Single(health.GetProperty("reasons").EnumerateArray()).GetString(), StringComparison.Ordinal);
        Assert.Equal(SuppressionKeySources.Generated, Assert.Single(await RowsAsync(StorageNames.KeyFingerprintsTable)).GetString("Source"));
    }

    [Fact]
    public async Task Deleting_the_recorded_fingerprint_accepts_the_key_the_app_runs_with_at_its_next_check()
    {
        await using (var a = await StartAsync($"--{Setting}={KeyA}"))
        {
            Assert.Equal("ok", (await HealthAsync(a)).GetProperty("status").GetString());
        }

        await using var b = await StartAsync($"--{Setting}={KeyB}");
        Assert.Equal("degraded", (await HealthAsync(b)).GetProperty("status").GetString());

        // The documented procedure: delete the row, then restart (here: a new app, whose first check records key B).
        await new TableServiceClient(storage).GetTableClient(StorageNames.KeyFingerprintsTable).DeleteEntityAsync(SuppressionKey.FingerprintRow, "");
        await using var restarted = await StartAsync($"--{Setting}={KeyB}");

        Assert.Equal("ok", (await HealthAsync(restarted)).GetProperty("status").GetString());
        Assert.Equal(KeyFingerprint.Of(System.Text.Encoding.UTF8.GetBytes(KeyB)), Assert.Single(await RowsAsync(StorageNames.KeyFingerprintsTable)).GetString("Fingerprint"));
    }

    private Task<StandaloneApp> StartAsync(params string[] settings) => StandaloneApp.StartAsync(storage, settings);

    private static async Task<JsonElement> HealthAsync(StandaloneApp app)
    {
        var response = await app.Client.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private BlobClient GeneratedKey()
    {
        var container = new BlobServiceClient(storage).GetBlobContainerClient(StorageNames.KeysContainer);
        container.CreateIfNotExists();
        return container.GetBlobClient(SuppressionKey.BlobName);
    }

    private async Task<List<TableEntity>> RowsAsync(string table)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in new TableServiceClient(storage).GetTableClient(table).QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }

        return rows;
    }

    private static Func<CancellationToken, Task<EmailMessage>> Compose(string to) => _ => Task.FromResult(Message(to));

    private static EmailMessage Message(string to) =>
        new(to, "Sam Example", "An introduction", "Hello.", "<p>Hello.</p>", "introduction-ask", new Dictionary<string, string>());
}
