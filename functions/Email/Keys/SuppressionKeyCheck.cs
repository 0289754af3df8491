using System.Globalization;

namespace Matchmaker.Email.Keys;

/// <summary>
/// Whether the suppression key may be used, and if not, why, in words for <c>GET /api/health</c> and the log:
/// each names the setting and what to do, never the key or its fingerprint.
/// </summary>
public sealed record SuppressionKeyCheck(SuppressionKeyProblem Problem, string? Reason)
{
    public const string Setting = "Matchmaker:Email:SuppressionKey";

    public static SuppressionKeyCheck Usable { get; } = new(SuppressionKeyProblem.None, null);

    public bool IsUsable => Problem == SuppressionKeyProblem.None;

    /// <summary>The key whose fingerprint is <paramref name="fingerprint"/> against the one <paramref name="recorded"/>.</summary>
    public static SuppressionKeyCheck Compare(string fingerprint, KeyFingerprintEntity recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        if (string.Equals(fingerprint, recorded.Fingerprint, StringComparison.Ordinal))
        {
            return Usable;
        }

        var recordedOn = recorded.RecordedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (which, remedy) = recorded.Source == SuppressionKeySources.Generated
            ? ($"which the app generated in the blob keys/suppression-key (recorded {recordedOn})",
                "Set the key to base64: followed by that blob's content in base64")
            : ($"(its fingerprint was recorded {recordedOn})", "Put that key back (an earlier version of the Key Vault secret suppression-key)");
        return new(
            SuppressionKeyProblem.Changed,
            $"{Setting} is not the key the stored address hashes were made with {which}: no email is sent, so that no one who " +
            $"unsubscribed is emailed. {remedy}, or accept the new key as docs/operations.md describes.");
    }

    /// <summary>A key that cannot be used at all.</summary>
    /// <param name="generatedKeyExists">Whether the blob keys/suppression-key exists: an app from before keys were required made its hashes with it.</param>
    public static SuppressionKeyCheck Unusable(SuppressionKeyProblem problem, bool generatedKeyExists)
    {
        var what = problem switch
        {
            SuppressionKeyProblem.NotSet => $"{Setting} is not set",
            SuppressionKeyProblem.Unresolved =>
                $"{Setting} is a Key Vault reference that did not resolve (the secret suppression-key does not exist, or the app's identity may not read it)",
            SuppressionKeyProblem.Invalid =>
                $"{Setting} is not a usable key (at least 32 characters, or base64: followed by at least 32 bytes in base64)",
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "Not a problem of the key alone."),
        };
        var generated = generatedKeyExists && problem != SuppressionKeyProblem.Invalid
            ? " The stored hashes were made with the key the app generated in the blob keys/suppression-key: set the key to base64: followed by that blob's content in base64 (docs/operations.md)."
            : " Set it once, before any address is hashed, and never change it (docs/operations.md).";
        return new(problem, $"{what}: no email is sent.{generated}");
    }
}
