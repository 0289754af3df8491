using Matchmaker.Email.Unsubscribe;
using Matchmaker.Platform.Credentials;
using Matchmaker.Profiles.AccountEmails;

namespace Matchmaker.Profiles.SignIn;

/// <summary>
/// Signing in again by email: a single-use code, valid for an hour, sent as a link to each active profile
/// with the address; the code is exchanged once for a new owner token. A profile still waiting for
/// confirmation gets a fresh confirmation link instead.
/// </summary>
public sealed class SignInService(
    ProfileStore profiles,
    EmailIndex index,
    CredentialStore credentials,
    SignInCodes codes,
    AccountEmailSender emails)
{
    /// <summary>Emails every profile with the address; nothing is sent for an address no profile has.</summary>
    public async Task RequestAsync(string address, CancellationToken cancellationToken)
    {
        foreach (var id in await index.ProfilesOfAsync(address, cancellationToken))
        {
            // The index may lag an address change or an erasure: only the profile's own address counts.
            var profile = await profiles.FindAsync(id, cancellationToken);
            if (profile is not null && string.Equals(AddressHasher.Normalize(profile.Email), AddressHasher.Normalize(address), StringComparison.Ordinal))
            {
                var kind = profile.Status == ProfileStatus.PendingConfirmation ? AccountEmailKind.Confirmation : AccountEmailKind.SignIn;
                await emails.RequestAsync(profile, kind, cancellationToken);
            }
        }
    }

    public async Task<(SignInOutcome Outcome, string? OwnerToken)> SignInAsync(string id, string? code, CancellationToken cancellationToken)
    {
        var profile = await profiles.FindAsync(id, cancellationToken);
        if (profile is null)
        {
            return (SignInOutcome.NotFound, null);
        }

        // Of two uses of one code only the one that deletes it signs in.
        if (!await codes.TryUseAsync(profile, code, cancellationToken))
        {
            return (SignInOutcome.InvalidCode, null);
        }

        return (SignInOutcome.SignedIn, await credentials.IssueAsync(CredentialKind.Owner, id, cancellationToken));
    }

    /// <summary>Revokes every owner token of the profile but <paramref name="keptToken"/>.</summary>
    /// <returns>How many were revoked.</returns>
    public async Task<int> SignOutOthersAsync(string id, string keptToken, CancellationToken cancellationToken)
    {
        var kept = SecretToken.Hash(keptToken);
        var revoked = 0;
        foreach (var credential in await credentials.OfSubjectAsync(CredentialKind.Owner, id, cancellationToken))
        {
            if (!string.Equals(credential.PartitionKey, kept, StringComparison.Ordinal))
            {
                await credentials.DeleteAsync(credential, cancellationToken);
                revoked++;
            }
        }

        return revoked;
    }
}
