using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Matchmaker.Email.Events;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Tests.Storage.Email;

/// <summary>
/// An app whose event webhook trusts a P-256 key this world made, with helpers that sign batches the way
/// SendGrid does (timestamp text followed by the raw body) and read what processing stored.
/// </summary>
public sealed class EmailEventsWorld : ApiWorld
{
    private readonly ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public CapturedLogs Logs { get; } = new();

    public TableServiceClient Tables => new(StorageConnectionString);

    protected override IEnumerable<string> Settings =>
        [.. base.Settings, $"--Matchmaker:Email:EventWebhookPublicKey={Convert.ToBase64String(key.ExportSubjectPublicKeyInfo())}"];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        App.Services.GetRequiredService<ILoggerFactory>().AddProvider(Logs);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        key.Dispose();
    }

    public static string Timestamp(TimeSpan offset = default) => (DateTimeOffset.UtcNow + offset).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string Sign(string timestamp, byte[] body) =>
        Convert.ToBase64String(key.SignData([.. Encoding.UTF8.GetBytes(timestamp), .. body], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

    /// <summary>Posts <paramref name="body"/> with the given headers (null leaves one out).</summary>
    public async Task<HttpResponseMessage> PostAsync(byte[] body, string? signature, string? timestamp)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/email/events") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        if (signature is not null)
        {
            request.Headers.Add(EventWebhookSignature.SignatureHeader, signature);
        }

        if (timestamp is not null)
        {
            request.Headers.Add(EventWebhookSignature.TimestampHeader, timestamp);
        }

        return await App.Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostSignedAsync(byte[] body)
    {
        var timestamp = Timestamp();
        return PostAsync(body, Sign(timestamp, body), timestamp);
    }

    public async Task<List<TableEntity>> RowsAsync(string table)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in Tables.GetTableClient(table).QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Stored events whose sg_event_id is one of <paramref name="ids"/>.</summary>
    public async Task<List<TableEntity>> EventsAsync(IEnumerable<string> ids)
    {
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        return [.. (await RowsAsync(StorageNames.EmailEventsTable)).Where(row => wanted.Contains(row.GetString(nameof(EmailEventEntity.EventId))))];
    }

    /// <summary>Waits until every queued batch is processed and deleted.</summary>
    public async Task DrainedAsync(int seconds = 120)
    {
        var queue = new Azure.Storage.Queues.QueueClient(StorageConnectionString, StorageNames.EmailEventsQueue);
        var container = new BlobServiceClient(StorageConnectionString).GetBlobContainerClient(StorageNames.EmailEventsContainer);
        await Eventually.TrueAsync(
            async () =>
            {
                var properties = await queue.GetPropertiesAsync();
                var blobs = 0;
                await foreach (var unused in container.GetBlobsAsync())
                {
                    blobs++;
                }

                return properties.Value.ApproximateMessagesCount == 0 && blobs == 0;
            },
            "every email events batch is processed",
            seconds);
    }

    public async Task InsertOutboxRowAsync(string introductionId, string emailKey, string status)
    {
        var table = Tables.GetTableClient(StorageNames.OutboxTable);
        await table.AddEntityAsync(new TableEntity(introductionId, emailKey) { ["Status"] = status, ["UpdatedAt"] = DateTimeOffset.UtcNow });
    }

    public async Task<string?> OutboxStatusAsync(string introductionId, string emailKey) =>
        (await Tables.GetTableClient(StorageNames.OutboxTable).GetEntityAsync<TableEntity>(introductionId, emailKey)).Value.GetString("Status");
}
