using Matchmaker.Platform.Credentials;

namespace Matchmaker.Profiles;

/// <summary>
/// Confirmation codes: random, each a credential row of its own bound to the profile and its address stamp,
/// valid for seven days. Every confirmation email's code works until then, and none once the address changes.
/// </summary>
public sealed class ProfileConfirmation(CredentialStore credentials, TimeProvider time)
{
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromDays(7);

    /// <summary>Marks the profile's address as new (to be saved by the caller): codes sent to an earlier one stop working.</summary>
    public static void StampNewAddress(ProfileEntity profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        profile.AddressStamp = Guid.NewGuid().ToString("N");
        profile.ConfirmationCodeHash = null;
        profile.ConfirmationExpiresAt = null;
    }

    public Task<string> IssueCodeAsync(ProfileEntity profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return credentials.IssueAsync(CredentialKind.Confirmation, profile.Id, CodeLifetime, profile.AddressStamp, cancellationToken);
    }

    public async Task<bool> AcceptsAsync(ProfileEntity profile, string? code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (SecretToken.Matches(code, profile.ConfirmationCodeHash) && time.GetUtcNow() <= profile.ConfirmationExpiresAt)
        {
            return true;
        }

        return await credentials.FindCodeAsync(code, CredentialKind.Confirmation, profile.Id, profile.AddressStamp, cancellationToken) is not null;
    }
}
