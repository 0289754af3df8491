namespace Matchmaker.Email.Events;

/// <summary>The outcome of checking a webhook request's signature; anything but <see cref="Valid"/> is refused.</summary>
public enum SignatureCheck
{
    Valid,
    NotConfigured,
    MissingHeader,
    StaleTimestamp,
    BadSignature,
}
