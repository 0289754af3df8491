namespace Matchmaker.Platform.Limits;

/// <summary>
/// The <c>Matchmaker:Limits</c> settings: how many sign-ups, sign-in requests and their emails are allowed in an
/// hour, how many emails in a day, and whose word to take for the caller's address. 0 turns a limit off (for a deployment that limits
/// requests in front of the app, and for tests of anything else).
/// </summary>
public sealed class LimitOptions
{
    public const string SectionName = "Matchmaker:Limits";

    /// <summary>Sign-ups and sign-in link requests one caller (client address) may make in an hour, for any addresses (default 20).</summary>
    public int SignUpsPerCallerPerHour { get; set; } = 20;

    /// <summary>Confirmation and sign-in emails one address may be sent in an hour, whoever asks (default 3).</summary>
    public int EmailsPerAddressPerHour { get; set; } = 3;

    /// <summary>
    /// Emails of every kind the whole app may send in a UTC day (default 2,000); past it, emails wait for the
    /// next day. A guard against a bug or abuse emailing without end, and against the mail plan's daily cap.
    /// </summary>
    public int EmailsPerDay { get; set; } = 2000;

    /// <summary>
    /// Addresses and networks (CIDR), comma-separated, of the proxies in front of the app whose
    /// <c>X-Forwarded-For</c> is believed; empty (the default) believes no header, and the caller is the
    /// connection's address.
    /// </summary>
    public string TrustedProxies { get; set; } = "";
}
