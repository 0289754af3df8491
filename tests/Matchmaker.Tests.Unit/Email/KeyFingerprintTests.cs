using System.Text;
using Matchmaker.Email.Keys;
using Matchmaker.Email.Unsubscribe;
using Matchmaker.Platform.Health;

namespace Matchmaker.Tests.Unit.Email;

/// <summary>The suppression key's fingerprint, how a configured key is read, and what a check tells health.</summary>
public sealed class KeyFingerprintTests
{
    private const string Key = "0123456789abcdef0123456789abcdef";

    // docs/operations.md: printf %s 'matchmaker key fingerprint v1' | openssl dgst -sha256 -hmac '0123456789abcdef0123456789abcdef'
    private const string KeyFingerprintByOpenSsl = "23393fb778bbb055f12277fd74d526a8bc18f6bc47d70c3c323c4cd8cdf83da1";

    [Fact]
    public void The_fingerprint_is_what_the_documented_openssl_command_prints_and_shows_nothing_of_the_key()
    {
        var fingerprint = KeyFingerprint.Of(Encoding.UTF8.GetBytes(Key));

        Assert.Equal(KeyFingerprintByOpenSsl, fingerprint);
        Assert.DoesNotContain(Convert.ToHexStringLower(Encoding.UTF8.GetBytes(Key))[..16], fingerprint, StringComparison.Ordinal);
        Assert.NotEqual(fingerprint, KeyFingerprint.Of(Encoding.UTF8.GetBytes(Key[..^1] + "0")));
        Assert.Equal(fingerprint[..KeyFingerprint.ShortLength], KeyFingerprint.Abbreviate(fingerprint));
    }

    [Fact]
    public void A_key_given_as_base64_is_the_bytes_it_encodes_so_a_generated_key_can_move_into_the_setting()
    {
        var plain = ConfiguredSuppressionKey.Parse(Key);
        var encoded = ConfiguredSuppressionKey.Parse("base64:" + Convert.ToBase64String(Encoding.UTF8.GetBytes(Key)));
        var generated = new byte[32];
        Random.Shared.NextBytes(generated);

        Assert.Equal(SuppressionKeyProblem.None, encoded.Problem);
        Assert.Equal(plain.Key, encoded.Key);
        Assert.Equal(KeyFingerprintByOpenSsl, KeyFingerprint.Of(encoded.Key));
        Assert.Equal(generated, ConfiguredSuppressionKey.Parse("base64:" + Convert.ToBase64String(generated)).Key);
    }

    [Theory]
    [InlineData(null, SuppressionKeyProblem.NotSet)]
    [InlineData("", SuppressionKeyProblem.NotSet)]
    [InlineData("@Microsoft.KeyVault(SecretUri=https://kv-x.vault.azure.net/secrets/suppression-key)", SuppressionKeyProblem.Unresolved)]
    [InlineData(" @microsoft.keyvault(VaultName=kv-x;SecretName=suppression-key)", SuppressionKeyProblem.Unresolved)]
    [InlineData("0123456789abcdef0123456789abcde", SuppressionKeyProblem.Invalid)]
    [InlineData("base64:MDEyMzQ1Njc4OWFiY2RlZg==", SuppressionKeyProblem.Invalid)]
    [InlineData("base64:not base64 at all, though long enough to pass", SuppressionKeyProblem.Invalid)]
    [InlineData("0123456789abcdef0123456789abcdef", SuppressionKeyProblem.None)]
    public void A_configured_key_is_usable_only_when_set_resolved_and_long_enough(string? configured, SuppressionKeyProblem problem)
    {
        var (key, found) = ConfiguredSuppressionKey.Parse(configured);

        Assert.Equal(problem, found);
        Assert.Equal(problem == SuppressionKeyProblem.None, key is not null);
    }

    [Fact]
    public void The_recorded_fingerprint_decides_and_a_different_one_names_the_setting_but_neither_key()
    {
        var recorded = Recorded(KeyFingerprintByOpenSsl, SuppressionKeySources.Configured);
        var other = KeyFingerprint.Of(Encoding.UTF8.GetBytes("another key of at least thirty-two characters"));

        Assert.True(SuppressionKeyCheck.Compare(KeyFingerprintByOpenSsl, recorded).IsUsable);
        var changed = SuppressionKeyCheck.Compare(other, recorded);

        Assert.Equal(SuppressionKeyProblem.Changed, changed.Problem);
        Assert.StartsWith("Matchmaker:Email:SuppressionKey is not the key the stored address hashes were made with", changed.Reason, StringComparison.Ordinal);
        Assert.Contains("2026-03-01", changed.Reason, StringComparison.Ordinal);
        Assert.Contains("docs/operations.md", changed.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(KeyFingerprint.Abbreviate(other), changed.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(KeyFingerprint.Abbreviate(KeyFingerprintByOpenSsl), changed.Reason, StringComparison.Ordinal);
        Assert.Contains("keys/suppression-key", SuppressionKeyCheck.Compare(other, Recorded(KeyFingerprintByOpenSsl, SuppressionKeySources.Generated)).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SuppressionKeyProblem.NotSet, "is not set")]
    [InlineData(SuppressionKeyProblem.Unresolved, "Key Vault reference that did not resolve")]
    [InlineData(SuppressionKeyProblem.Invalid, "is not a usable key")]
    public void An_unusable_key_says_which_setting_and_what_to_do(SuppressionKeyProblem problem, string says)
    {
        var check = SuppressionKeyCheck.Unusable(problem, generatedKeyExists: false);
        var withGenerated = SuppressionKeyCheck.Unusable(problem, generatedKeyExists: true);

        Assert.False(check.IsUsable);
        Assert.StartsWith("Matchmaker:Email:SuppressionKey ", check.Reason, StringComparison.Ordinal);
        Assert.Contains(says, check.Reason, StringComparison.Ordinal);
        Assert.Contains("no email is sent", check.Reason, StringComparison.Ordinal);
        // An app from before keys were required made its hashes with the generated key: it says how to keep them.
        Assert.Equal(problem != SuppressionKeyProblem.Invalid, withGenerated.Reason!.Contains("keys/suppression-key", StringComparison.Ordinal));
    }

    [Fact]
    public void Health_is_degraded_with_every_reason_and_ok_only_without_any()
    {
        var quiet = new Dictionary<string, int> { ["introductions-poison"] = 0 };
        var stuck = new Dictionary<string, int> { ["introductions-poison"] = 2, ["need-updates-poison"] = 0 };
        var key = SuppressionKeyCheck.Unusable(SuppressionKeyProblem.NotSet, generatedKeyExists: false).Reason!;

        var ok = HealthReport.Up("v1", quiet, new Dictionary<string, long>(), []);
        var keyOnly = HealthReport.Up("v1", quiet, new Dictionary<string, long>(), [key]);
        var both = HealthReport.Up("v1", stuck, new Dictionary<string, long>(), [key]);

        Assert.Equal(("ok", 0), (ok.Status, ok.Reasons.Count));
        Assert.Equal("degraded", keyOnly.Status);
        Assert.Equal([key], keyOnly.Reasons);
        Assert.Equal("degraded", both.Status);
        Assert.Equal(key, both.Reasons[0]);
        Assert.Contains("introductions-poison", both.Reasons[1], StringComparison.Ordinal);
        Assert.DoesNotContain("need-updates-poison", both.Reasons[1], StringComparison.Ordinal);
    }

    private static KeyFingerprintEntity Recorded(string fingerprint, string source) => new()
    {
        PartitionKey = SuppressionKey.FingerprintRow,
        Fingerprint = fingerprint,
        Source = source,
        RecordedAt = new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero),
    };
}
