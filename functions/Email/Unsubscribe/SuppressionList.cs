using System.Text.RegularExpressions;
using Azure;
using Azure.Data.Tables;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Email.Unsubscribe;

/// <summary>
/// Addresses never to be emailed again (except a confirmation they asked for), stored by keyed hash only.
/// Suppressing is an insert that leaves an existing row alone, so doing it twice, or from two places at
/// once, leaves one row with the first reason and time.
/// </summary>
public sealed partial class SuppressionList(TableServiceClient tables, AddressHasher hasher, TimeProvider time, ILogger<SuppressionList> logger)
{
    private static readonly string[] KeyOnly = ["PartitionKey"];

    private readonly TableClient table = tables.GetTableClient(StorageNames.SuppressionsTable);

    public async Task<bool> IsSuppressedAsync(string address, CancellationToken cancellationToken)
    {
        var hash = await hasher.HashAsync(address, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<SuppressionEntity>(hash, SuppressionEntity.Row, KeyOnly, cancellationToken);
        return found.HasValue;
    }

    /// <param name="reason">One of <see cref="SuppressionReasons"/> (lower-case words and hyphens).</param>
    public async Task SuppressAsync(string address, string reason, CancellationToken cancellationToken) =>
        await SuppressHashAsync(await hasher.HashAsync(address, cancellationToken), reason, cancellationToken);

    /// <summary>Suppresses an address known only by its hash (as an unsubscribe link knows it); true if it was not suppressed before.</summary>
    public async Task<bool> SuppressHashAsync(string addressHash, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(addressHash);
        if (!ReasonFormat().IsMatch(reason))
        {
            throw new ArgumentException("A reason is a short lower-case word, such as 'unsubscribed'.", nameof(reason));
        }

        try
        {
            await table.AddEntityAsync(
                new SuppressionEntity { PartitionKey = addressHash, Reason = reason, SuppressedAt = time.GetUtcNow() }, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            return false;
        }

        LogSuppressed(logger, reason);
        return true;
    }

    [GeneratedRegex("^[a-z][a-z-]{0,39}$")]
    private static partial Regex ReasonFormat();

    [LoggerMessage(Level = LogLevel.Information, Message = "Suppressed an address ({Reason}); it will not be emailed again")]
    private static partial void LogSuppressed(ILogger logger, string reason);
}
