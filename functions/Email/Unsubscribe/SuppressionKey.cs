using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.Options;

namespace Matchmaker.Email.Unsubscribe;

/// <summary>
/// The key of the suppression list's address hashes: <see cref="EmailOptions.SuppressionKey"/> when
/// configured (in Azure, from Key Vault), otherwise 32 random bytes generated at first use and kept in the
/// blob <c>keys/suppression-key</c>, so that every instance and every restart hashes alike. The key is what
/// keeps the hashes from being reversed by hashing a list of known addresses.
/// </summary>
public sealed class SuppressionKey(IOptions<EmailOptions> options, BlobServiceClient blobs) : IDisposable
{
    public const string BlobName = "suppression-key";

    private readonly SemaphoreSlim gate = new(1, 1);
    private byte[]? key;

    public async ValueTask<byte[]> GetAsync(CancellationToken cancellationToken)
    {
        if (key is { } known)
        {
            return known;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            // Only a key actually read is kept: a storage failure is retried by the next caller.
            return key ??= await LoadAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private async Task<byte[]> LoadAsync(CancellationToken cancellationToken)
    {
        if (options.Value.SuppressionKey is { Length: > 0 } configured)
        {
            return configured.Length >= EmailOptions.MinimumSuppressionKeyLength
                ? Encoding.UTF8.GetBytes(configured)
                : throw new InvalidOperationException(
                    $"Matchmaker:Email:SuppressionKey must be at least {EmailOptions.MinimumSuppressionKeyLength} characters long.");
        }

        var container = blobs.GetBlobContainerClient(StorageNames.KeysContainer);
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var blob = container.GetBlobClient(BlobName);
        try
        {
            // Upload only if absent: of two instances starting at once, one key wins and both read it back.
            await blob.UploadAsync(BinaryData.FromBytes(RandomNumberGenerator.GetBytes(32)), overwrite: false, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
        }

        var stored = await blob.DownloadContentAsync(cancellationToken);
        return stored.Value.Content.ToArray();
    }
}
