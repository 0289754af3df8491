using System.Security.Cryptography;
using System.Text;
using Matchmaker.Email.Events;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Matchmaker.Tests.Unit.Email;

/// <summary>The signature check on its own, with a clock the test moves.</summary>
public sealed class EventWebhookSignatureTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = "[{\"sg_event_id\":\"a\",\"event\":\"processed\"}]\r\n"u8.ToArray();

    private readonly ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public void Dispose() => key.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(-300)]
    [InlineData(300)]
    public void A_signature_over_the_timestamp_and_the_raw_body_within_300_seconds_is_valid(int offsetSeconds)
    {
        var timestamp = Seconds(Now.AddSeconds(offsetSeconds));

        Assert.Equal(SignatureCheck.Valid, Verifier(PublicKey(key)).Verify(Sign(timestamp, Body), timestamp, Body));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void A_timestamp_more_than_300_seconds_away_is_refused_even_when_correctly_signed(int offsetSeconds)
    {
        var timestamp = Seconds(Now.AddSeconds(offsetSeconds));

        Assert.Equal(SignatureCheck.StaleTimestamp, Verifier(PublicKey(key)).Verify(Sign(timestamp, Body), timestamp, Body));
    }

    [Fact]
    public void Another_body_timestamp_or_key_and_garbage_headers_are_refused()
    {
        var timestamp = Seconds(Now);
        var signature = Sign(timestamp, Body);
        var verifier = Verifier(PublicKey(key));
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        Assert.Equal(SignatureCheck.BadSignature, verifier.Verify(signature, timestamp, Body.AsSpan(0, Body.Length - 2)));
        Assert.Equal(SignatureCheck.BadSignature, verifier.Verify(signature, Seconds(Now.AddSeconds(1)), Body));
        Assert.Equal(SignatureCheck.BadSignature, Verifier(PublicKey(other)).Verify(signature, timestamp, Body));
        Assert.Equal(SignatureCheck.BadSignature, verifier.Verify("%%%", timestamp, Body));
        Assert.Equal(SignatureCheck.BadSignature, verifier.Verify(Convert.ToBase64String(new byte[70]), timestamp, Body));
        Assert.Equal(SignatureCheck.BadSignature, verifier.Verify(signature, "1e9", Body));
        Assert.Equal(SignatureCheck.MissingHeader, verifier.Verify(null, timestamp, Body));
        Assert.Equal(SignatureCheck.MissingHeader, verifier.Verify(signature, "", Body));
    }

    [Fact]
    public void Without_a_usable_p256_key_nothing_is_accepted()
    {
        var timestamp = Seconds(Now);
        var signature = Sign(timestamp, Body);
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        Assert.False(Verifier(null).IsConfigured);
        Assert.Equal(SignatureCheck.NotConfigured, Verifier(null).Verify(signature, timestamp, Body));
        Assert.Equal(SignatureCheck.NotConfigured, Verifier("not a key").Verify(signature, timestamp, Body));
        Assert.Equal(SignatureCheck.NotConfigured, Verifier(PublicKey(p384)).Verify(signature, timestamp, Body));
        Assert.True(Verifier(PublicKey(key)).IsConfigured);
    }

    [Fact]
    public void An_unresolved_key_vault_reference_is_no_key_and_only_an_unreadable_key_is_a_problem_for_health()
    {
        // In Azure the setting always refers to the vault's secret, which exists only once the webhook is set up.
        var unresolved = Verifier("@Microsoft.KeyVault(SecretUri=https://kv-x.vault.azure.net/secrets/event-webhook-public-key)");

        Assert.False(unresolved.IsConfigured);
        Assert.Null(unresolved.Problem);
        Assert.Null(Verifier(null).Problem);
        Assert.Null(Verifier(PublicKey(key)).Problem);
        var problem = Verifier("not a key").Problem;
        Assert.NotNull(problem);
        Assert.StartsWith("Matchmaker:Email:EventWebhookPublicKey ", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("not a key", problem, StringComparison.Ordinal);
    }

    private static string PublicKey(ECDsa ecdsa) => Convert.ToBase64String(ecdsa.ExportSubjectPublicKeyInfo());

    private static string Seconds(DateTimeOffset time) => time.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static EventWebhookSignature Verifier(string? publicKey) =>
        new(Options.Create(new Matchmaker.Email.EmailOptions { EventWebhookPublicKey = publicKey }), new ManualTimeProvider(Now), NullLogger<EventWebhookSignature>.Instance);

    private string Sign(string timestamp, byte[] body) =>
        Convert.ToBase64String(key.SignData([.. Encoding.UTF8.GetBytes(timestamp), .. body], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
}
