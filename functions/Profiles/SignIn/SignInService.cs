using Azure;
using Matchmaker.Email;
using Matchmaker.Email.Unsubscribe;
using Matchmaker.Platform.Credentials;
using Microsoft.Extensions.Options;

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
    ProfileConfirmation confirmation,
    IEmailSender email,
    SignInEmail signInEmail,
    IOptions<MatchmakerOptions> matchmaker,
    IOptions<SignInOptions> options,
    TimeProvider time)
{
    private const int Attempts = 4;

    /// <summary>Emails every profile with the address; nothing is sent for an address no profile has.</summary>
    public async Task RequestAsync(string address, CancellationToken cancellationToken)
    {
        foreach (var id in await index.ProfilesOfAsync(address, cancellationToken))
        {
            await SendToAsync(id, address, cancellationToken);
        }
    }

    public async Task<(SignInOutcome Outcome, string? OwnerToken)> SignInAsync(string id, string? code, CancellationToken cancellationToken)
    {
        // A concurrent write may change the ETag between reading and writing: read again and check again, so
        // of two uses of one code only the first succeeds.
        for (var attempt = 1; ; attempt++)
        {
            var profile = await profiles.FindAsync(id, cancellationToken);
            if (profile is null)
            {
                return (SignInOutcome.NotFound, null);
            }

            if (!SecretToken.Matches(code, profile.SignInCodeHash) || time.GetUtcNow() > profile.SignInExpiresAt)
            {
                return (SignInOutcome.InvalidCode, null);
            }

            profile.SignInCodeHash = null;
            profile.SignInExpiresAt = null;
            try
            {
                await profiles.ReplaceAsync(profile, profile.ETag, cancellationToken);
            }
            catch (RequestFailedException exception) when (exception.Status == 412 && attempt < Attempts)
            {
                continue;
            }

            return (SignInOutcome.SignedIn, await credentials.IssueAsync(CredentialKind.Owner, id, cancellationToken));
        }
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

    private async Task SendToAsync(string id, string address, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            // The index may lag an address change or an erasure: only the profile's own address counts.
            var profile = await profiles.FindAsync(id, cancellationToken);
            if (profile is null || !string.Equals(AddressHasher.Normalize(profile.Email), AddressHasher.Normalize(address), StringComparison.Ordinal))
            {
                return;
            }

            var pending = profile.Status == ProfileStatus.PendingConfirmation;
            var code = pending ? confirmation.NewCode(profile) : NewSignInCode(profile);
            try
            {
                await profiles.ReplaceAsync(profile, profile.ETag, cancellationToken);
            }
            catch (RequestFailedException exception) when (exception.Status == 412 && attempt < Attempts)
            {
                continue;
            }

            if (pending)
            {
                await confirmation.SendAsync(profile, code, cancellationToken);
            }
            else
            {
                var message = await signInEmail.CreateAsync(profile.Email, profile.Name, profile.Id, code, new Uri(matchmaker.Value.PublicBaseUrl));
                await email.SendAsync(message, cancellationToken);
            }

            return;
        }
    }

    /// <summary>Puts a new code on the profile (replacing any earlier one) and returns it.</summary>
    private string NewSignInCode(ProfileEntity profile)
    {
        var code = SecretToken.Create();
        profile.SignInCodeHash = SecretToken.Hash(code);
        profile.SignInExpiresAt = time.GetUtcNow() + options.Value.CodeLifetime;
        return code;
    }
}
