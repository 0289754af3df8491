using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Matchmaker.Email.Keys;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Matchmaker.Email.Unsubscribe;

/// <summary>
/// The key of every address hash (the suppression list, unsubscribe links, email events, the sign-in index,
/// the hourly limits): <see cref="EmailOptions.SuppressionKey"/> (in Azure, the Key Vault secret
/// <c>suppression-key</c>). Only in local development, when none is set, 32 random bytes generated at first
/// use and kept in the blob <c>keys/suppression-key</c>. The key is what keeps the hashes from being
/// reversed by hashing a list of known addresses; a different key makes every stored hash unfindable, so
/// everyone who unsubscribed could be emailed again.
/// </summary>
/// <remarks>
/// So the app records the key's fingerprint (<see cref="KeyFingerprint"/>, table <c>keyfingerprints</c>)
/// the first time it runs with one, and hands the key out only while it matches: a missing, unresolved,
/// unusable or changed key makes <see cref="GetAsync"/> throw <see cref="SuppressionKeyException"/>, so
/// nothing is hashed and no email is sent with the wrong key. The check runs at the first use and again
/// after <see cref="RecheckInterval"/>, never per hash.
/// </remarks>
public sealed partial class SuppressionKey : IDisposable
{
    public const string BlobName = "suppression-key";

    /// <summary>The partition key of this key's row in <c>keyfingerprints</c>.</summary>
    public const string FingerprintRow = "suppression-key";

    /// <summary>Marks a configured key given as base64 of its bytes (how a generated key is moved into the setting).</summary>
    public const string Base64Prefix = "base64:";

    /// <summary>How long a check's answer stands before the recorded fingerprint is read again.</summary>
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromMinutes(5);

    private readonly IOptions<EmailOptions> options;
    private readonly BlobServiceClient blobs;
    private readonly TableClient? fingerprints;
    private readonly bool generateIfMissing;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly SemaphoreSlim gate = new(1, 1);
    private Resolved? resolved;
    private volatile State? state;

    /// <summary>
    /// Without fingerprints: the configured key, or else the generated one (generated if missing). For tests
    /// of the parts that hash, which need a key and not its safeguards.
    /// </summary>
    public SuppressionKey(IOptions<EmailOptions> options, BlobServiceClient blobs)
    {
        this.options = options;
        this.blobs = blobs;
        generateIfMissing = true;
        time = TimeProvider.System;
        logger = NullLogger.Instance;
    }

    /// <summary>The app's: a key is generated only in Development, and used only while its fingerprint matches the recorded one.</summary>
    public SuppressionKey(
        IOptions<EmailOptions> options, BlobServiceClient blobs, TableServiceClient tables, IHostEnvironment environment, TimeProvider time, ILogger<SuppressionKey> logger)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(environment);
        this.options = options;
        this.blobs = blobs;
        fingerprints = tables.GetTableClient(StorageNames.KeyFingerprintsTable);
        generateIfMissing = environment.IsDevelopment();
        this.time = time;
        this.logger = logger;
    }

    /// <summary>The key, or <see cref="SuppressionKeyException"/> when it may not be used.</summary>
    public async ValueTask<byte[]> GetAsync(CancellationToken cancellationToken)
    {
        var current = await CurrentAsync(cancellationToken);
        return current.Check.IsUsable ? current.Key! : throw new SuppressionKeyException(current.Check.Reason!);
    }

    /// <summary>Whether the key may be used; storage failures while checking are thrown (nothing is assumed).</summary>
    public async ValueTask<SuppressionKeyCheck> CheckAsync(CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken)).Check;

    public void Dispose() => gate.Dispose();

    private async ValueTask<State> CurrentAsync(CancellationToken cancellationToken)
    {
        if (state is { } known && IsFresh(known))
        {
            return known;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (state is { } checkedMeanwhile && IsFresh(checkedMeanwhile))
            {
                return checkedMeanwhile;
            }

            // Only an answer actually read is kept: a storage failure is retried by the next caller.
            var previous = state;
            var current = await LoadAsync(cancellationToken);
            Log(previous?.Check, current.Check);
            state = current;
            return current;
        }
        finally
        {
            gate.Release();
        }
    }

    // Without fingerprints nothing can change while the process runs; with them, the recorded row can.
    private bool IsFresh(State known) => fingerprints is null || time.GetElapsedTime(known.CheckedAt) < RecheckInterval;

    private async Task<State> LoadAsync(CancellationToken cancellationToken)
    {
        // The settings and the generated key do not change while the process runs: resolved once.
        var key = resolved ??= await ResolveAsync(cancellationToken);
        SuppressionKeyCheck check;
        if (key.Problem != SuppressionKeyProblem.None)
        {
            check = SuppressionKeyCheck.Unusable(key.Problem, fingerprints is not null && await GeneratedKeyAsync(cancellationToken) is not null);
        }
        else if (fingerprints is null)
        {
            check = SuppressionKeyCheck.Usable;
        }
        else
        {
            check = await CompareAsync(fingerprints, key, cancellationToken);
        }

        return new State(key.Bytes, check, time.GetTimestamp());
    }

    private async Task<Resolved> ResolveAsync(CancellationToken cancellationToken)
    {
        if (options.Value.SuppressionKey is { Length: > 0 } configured)
        {
            var (bytes, problem) = ConfiguredSuppressionKey.Parse(configured);
            return new Resolved(bytes, SuppressionKeySources.Configured, problem);
        }

        return generateIfMissing
            ? new Resolved(await GenerateAsync(cancellationToken), SuppressionKeySources.Generated, SuppressionKeyProblem.None)
            : new Resolved(null, SuppressionKeySources.Configured, SuppressionKeyProblem.NotSet);
    }

    private async Task<SuppressionKeyCheck> CompareAsync(TableClient table, Resolved key, CancellationToken cancellationToken)
    {
        var fingerprint = KeyFingerprint.Of(key.Bytes!);
        var recorded = await RecordedAsync(table, cancellationToken);
        if (recorded is null)
        {
            // The first start with a key. An app from before keys were required hashed with a generated key,
            // if it made one: that key is recorded then, not this one, so a new key is not silently adopted
            // over the hashes the generated one made.
            var generated = key.Source == SuppressionKeySources.Generated ? null : await GeneratedKeyAsync(cancellationToken);
            var first = new KeyFingerprintEntity
            {
                PartitionKey = FingerprintRow,
                Fingerprint = generated is null ? fingerprint : KeyFingerprint.Of(generated),
                Source = generated is null ? key.Source : SuppressionKeySources.Generated,
                RecordedAt = time.GetUtcNow(),
            };
            try
            {
                await table.AddEntityAsync(first, cancellationToken);
                var recordedNow = KeyFingerprint.Abbreviate(first.Fingerprint);
                LogRecorded(logger, recordedNow, first.Source);
            }
            catch (RequestFailedException exception) when (exception.Status == 409)
            {
                // Another instance (or an SDK retry of this add) recorded first: its row stands.
            }

            recorded = await RecordedAsync(table, cancellationToken) ?? first;
        }

        var check = SuppressionKeyCheck.Compare(fingerprint, recorded);
        if (!check.IsUsable)
        {
            var (mine, theirs) = (KeyFingerprint.Abbreviate(fingerprint), KeyFingerprint.Abbreviate(recorded.Fingerprint));
            LogChanged(logger, mine, theirs, recorded.Source);
        }

        return check;
    }

    private static async Task<KeyFingerprintEntity?> RecordedAsync(TableClient table, CancellationToken cancellationToken)
    {
        try
        {
            var found = await table.GetEntityIfExistsAsync<KeyFingerprintEntity>(FingerprintRow, "", cancellationToken: cancellationToken);
            return found.HasValue ? found.Value : null;
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            // The table itself is missing (start-up has not created it yet): nothing is recorded.
            await table.CreateIfNotExistsAsync(cancellationToken);
            return null;
        }
    }

    /// <summary>The generated key in keys/suppression-key, or null when there is none.</summary>
    private async Task<byte[]?> GeneratedKeyAsync(CancellationToken cancellationToken)
    {
        try
        {
            var stored = await blobs.GetBlobContainerClient(StorageNames.KeysContainer).GetBlobClient(BlobName).DownloadContentAsync(cancellationToken);
            return stored.Value.Content.ToArray();
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }

    private async Task<byte[]> GenerateAsync(CancellationToken cancellationToken)
    {
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

    private void Log(SuppressionKeyCheck? previous, SuppressionKeyCheck current)
    {
        if (!current.IsUsable)
        {
            // At every check while it lasts (every few minutes), so that it reaches whoever watches the errors.
            LogUnusable(logger, current.Reason!);
        }
        else if (previous is { IsUsable: false })
        {
            LogUsableAgain(logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The suppression key may not be used, so nothing is hashed and no email is sent: {Reason}")]
    private static partial void LogUnusable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "The suppression key's fingerprint is {Fingerprint}, the recorded one {Recorded} ({Source}); docs/operations.md tells how to find which key that is")]
    private static partial void LogChanged(ILogger logger, string fingerprint, string recorded, string source);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Recorded the suppression key's fingerprint {Fingerprint} ({Source}): from now on a different key stops all email until it is put back")]
    private static partial void LogRecorded(ILogger logger, string fingerprint, string source);

    [LoggerMessage(Level = LogLevel.Information, Message = "The suppression key matches its recorded fingerprint again; email is sent")]
    private static partial void LogUsableAgain(ILogger logger);

    private sealed record Resolved(byte[]? Bytes, string Source, SuppressionKeyProblem Problem);

    private sealed record State(byte[]? Key, SuppressionKeyCheck Check, long CheckedAt);
}
