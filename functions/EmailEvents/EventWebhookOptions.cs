namespace Matchmaker.EmailEvents;

/// <summary>The event webhook's setting, under <c>Matchmaker:Email</c> (environment form <c>Matchmaker__Email__EventWebhookPublicKey</c>).</summary>
public sealed class EventWebhookOptions
{
    public const string SectionName = "Matchmaker:Email";

    /// <summary>
    /// SendGrid's verification key for the Signed Event Webhook, as SendGrid shows it: base64 of the P-256
    /// public key in SubjectPublicKeyInfo (DER) form. When empty or unreadable, the webhook route answers
    /// 503 and accepts nothing.
    /// </summary>
    public string? EventWebhookPublicKey { get; set; }
}
