using Azure;
using Azure.Data.Tables;
using Matchmaker.Platform.Credentials;
using Matchmaker.Platform.Http;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.Options;

namespace Matchmaker.Email.Unsubscribe;

/// <summary>
/// One-click unsubscribe links (RFC 8058): a secret 256-bit token per address (<see cref="AddressHasher.UnsubscribeTokenAsync"/>),
/// stored as its hash next to the address hash: one row per address however many emails, retries included,
/// carry the link. The link works for as long as the row exists: people unsubscribe from old emails too.
/// </summary>
public sealed class UnsubscribeLinks(
    TableServiceClient tables, AddressHasher hasher, SuppressionList suppressions, IOptions<MatchmakerOptions> options, TimeProvider time)
{
    public const string Path = "api/unsubscribe";

    private readonly TableClient table = tables.GetTableClient(StorageNames.UnsubscribeLinksTable);

    /// <summary>The link of <paramref name="address"/>, for <see cref="Email.EmailMessage.UnsubscribeUrl"/>; its row is written the first time.</summary>
    public async Task<Uri> LinkForAsync(string address, CancellationToken cancellationToken)
    {
        var token = await hasher.UnsubscribeTokenAsync(address, cancellationToken);
        var addressHash = await hasher.HashAsync(address, cancellationToken);
        try
        {
            await table.AddEntityAsync(
                new UnsubscribeLinkEntity { PartitionKey = SecretToken.Hash(token), AddressHash = addressHash, CreatedAt = time.GetUtcNow() },
                cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            // Written by an earlier email to the address: the row, and when it was first made, stay as they are.
        }

        return new Uri(PublicLink.To(new Uri(options.Value.PublicBaseUrl), $"{Path}?token={token}"));
    }

    public async Task<bool> IsKnownAsync(string token, CancellationToken cancellationToken) =>
        await FindAddressHashAsync(token, cancellationToken) is not null;

    /// <summary>Suppresses the link's address at once; false for an unknown token. A repeat changes nothing and answers true again.</summary>
    public async Task<bool> UnsubscribeAsync(string token, CancellationToken cancellationToken)
    {
        if (await FindAddressHashAsync(token, cancellationToken) is not { } addressHash)
        {
            return false;
        }

        await suppressions.SuppressHashAsync(addressHash, SuppressionReasons.Unsubscribed, cancellationToken);
        return true;
    }

    private async Task<string?> FindAddressHashAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length is 0 or > SecretToken.MaxLength)
        {
            return null;
        }

        var found = await table.GetEntityIfExistsAsync<UnsubscribeLinkEntity>(SecretToken.Hash(token), UnsubscribeLinkEntity.Row, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value!.AddressHash : null;
    }
}
