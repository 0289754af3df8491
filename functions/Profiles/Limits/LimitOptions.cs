namespace Matchmaker.Profiles.Limits;

/// <summary>
/// The <c>Matchmaker:Limits</c> settings: how many sign-ups and confirmation emails are allowed in an hour.
/// 0 turns a limit off (for a deployment that limits requests in front of the app, and for tests of
/// anything else).
/// </summary>
public sealed class LimitOptions
{
    public const string SectionName = "Matchmaker:Limits";

    /// <summary>Sign-ups one caller (client address) may make in an hour, for any addresses (default 20).</summary>
    public int SignUpsPerCallerPerHour { get; set; } = 20;

    /// <summary>Confirmation emails one address may receive in an hour, whoever asks (default 3).</summary>
    public int EmailsPerAddressPerHour { get; set; } = 3;
}
