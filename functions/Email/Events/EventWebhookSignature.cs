using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaker.Email.Events;

/// <summary>
/// SendGrid's Signed Event Webhook: an ECDSA P-256 signature (base64 of DER) over SHA-256 of the
/// timestamp header's text followed by the raw request body, checked with the configured public key.
/// The check runs over the bytes as received: any re-serialisation of the JSON would change them.
/// SendGrid documents no freshness window for the timestamp; <see cref="Tolerance"/> follows the
/// convention of other signed webhooks, and bounds how long a captured request can be replayed.
/// </summary>
public sealed partial class EventWebhookSignature
{
    public const string SignatureHeader = "X-Twilio-Email-Event-Webhook-Signature";
    public const string TimestampHeader = "X-Twilio-Email-Event-Webhook-Timestamp";

    public static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(300);

    /// <summary>Why health is degraded when a key is set but unreadable (never the key itself).</summary>
    public const string UnreadableReason =
        "Matchmaker:Email:EventWebhookPublicKey is set but is not a base64 P-256 public key: SendGrid's events (bounces, spam reports, " +
        "unsubscribes) are refused with 503, and lost once SendGrid stops retrying after 24 hours. Copy the verification key from SendGrid again.";

    private readonly TimeProvider time;
    private readonly Lazy<(byte[]? Key, bool Unreadable)> publicKey;

    public EventWebhookSignature(IOptions<EmailOptions> options, TimeProvider time, ILogger<EventWebhookSignature> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.time = time;
        publicKey = new Lazy<(byte[]?, bool)>(() => ReadKey(options.Value.EventWebhookPublicKey, logger));
    }

    /// <summary>Whether a usable public key is configured; without one no request is ever accepted.</summary>
    public bool IsConfigured => publicKey.Value.Key is not null;

    /// <summary>
    /// Why the webhook is off although a key is set (it is unreadable), for health; null when it works or no
    /// key is set at all. An unresolved Key Vault reference counts as no key: in Azure the setting always
    /// refers to the secret, which exists only once the webhook is set up.
    /// </summary>
    public string? Problem => publicKey.Value.Unreadable ? UnreadableReason : null;

    public SignatureCheck Verify(string? signature, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (publicKey.Value.Key is not { } key)
        {
            return SignatureCheck.NotConfigured;
        }

        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestamp))
        {
            return SignatureCheck.MissingHeader;
        }

        if (timestamp.Length > 12 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SignatureCheck.BadSignature;
        }

        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age.Duration() > Tolerance)
        {
            return SignatureCheck.StaleTimestamp;
        }

        var signatureBytes = new byte[signature.Length];
        if (!Convert.TryFromBase64String(signature, signatureBytes, out var signatureLength))
        {
            return SignatureCheck.BadSignature;
        }

        // Hashing the two parts in turn is the same as hashing their concatenation, without copying a large body.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(timestamp));
        hash.AppendData(body);
        var digest = hash.GetHashAndReset();

        // A fresh key object per check: ECDsa instances are not documented as safe for concurrent use.
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportSubjectPublicKeyInfo(key, out _);
        try
        {
            return ecdsa.VerifyHash(digest, signatureBytes.AsSpan(0, signatureLength), DSASignatureFormat.Rfc3279DerSequence)
                ? SignatureCheck.Valid
                : SignatureCheck.BadSignature;
        }
        catch (CryptographicException)
        {
            return SignatureCheck.BadSignature;
        }
    }

    private static (byte[]? Key, bool Unreadable) ReadKey(string? configured, ILogger logger)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            LogNotConfigured(logger);
            return (null, false);
        }

        if (Keys.KeyVaultReference.IsUnresolved(configured))
        {
            LogUnresolved(logger);
            return (null, false);
        }

        try
        {
            var key = Convert.FromBase64String(configured.Trim());
            using var ecdsa = ECDsa.Create();
            ecdsa.ImportSubjectPublicKeyInfo(key, out _);
            if (ecdsa.KeySize == 256)
            {
                return (key, false);
            }
        }
        catch (Exception exception) when (exception is FormatException or CryptographicException)
        {
        }

        LogUnreadableKey(logger);
        return (null, true);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Matchmaker:Email:EventWebhookPublicKey is not set: the email event webhook refuses every request")]
    private static partial void LogNotConfigured(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Matchmaker:Email:EventWebhookPublicKey is a Key Vault reference that did not resolve (no secret event-webhook-public-key yet, or the app's identity may not read it): the email event webhook refuses every request")]
    private static partial void LogUnresolved(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Matchmaker:Email:EventWebhookPublicKey is not a base64 P-256 public key (SubjectPublicKeyInfo): the email event webhook refuses every request")]
    private static partial void LogUnreadableKey(ILogger logger);
}
