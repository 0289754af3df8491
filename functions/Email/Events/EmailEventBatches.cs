using System.Text.RegularExpressions;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Email.Events;

/// <summary>
/// Verified event batches, stored as received and queued by name for processing. The webhook answers once
/// both are written, so SendGrid is told 2xx only for batches that will be processed; the blob holds
/// addresses and is deleted once its events are processed.
/// </summary>
public sealed partial class EmailEventBatches(BlobServiceClient blobs, QueueSender queue)
{
    private readonly BlobContainerClient container = blobs.GetBlobContainerClient(StorageNames.EmailEventsContainer);

    public async Task<string> StoreAsync(byte[] body, CancellationToken cancellationToken)
    {
        var name = $"{EntityId.New()}.json";
        await container.GetBlobClient(name).UploadAsync(
            BinaryData.FromBytes(body),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
            cancellationToken);
        try
        {
            await queue.SendAsync(StorageNames.EmailEventsQueue, new EmailEventBatchMessage(name), cancellationToken);
        }
        catch
        {
            // Not queued, so never processed nor deleted: remove the addresses now (SendGrid sends the batch again).
            await container.GetBlobClient(name).DeleteIfExistsAsync(cancellationToken: CancellationToken.None);
            throw;
        }

        return name;
    }

    /// <returns>The batch, or null when it is gone (an earlier delivery of the same message processed and deleted it).</returns>
    public async Task<BinaryData?> ReadAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return (await container.GetBlobClient(name).DownloadContentAsync(cancellationToken)).Value.Content;
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string name, CancellationToken cancellationToken) =>
        await container.GetBlobClient(name).DeleteIfExistsAsync(cancellationToken: cancellationToken);

    public static bool IsValidName(string? name) => name is not null && NameFormat().IsMatch(name);

    [GeneratedRegex("^[0-9a-f]{32}\\.json$")]
    private static partial Regex NameFormat();
}
