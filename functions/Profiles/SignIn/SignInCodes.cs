using Matchmaker.Platform.Credentials;
using Microsoft.Extensions.Options;

namespace Matchmaker.Profiles.SignIn;

/// <summary>
/// Sign-in codes: each a credential row of its own, bound to the profile and its address stamp, valid for
/// <see cref="SignInOptions.CodeLifetime"/> and used up by its first use. A newer code does not end an older one:
/// a person who asked twice may follow either link, once.
/// </summary>
public sealed class SignInCodes(CredentialStore credentials, IOptions<SignInOptions> options)
{
    public Task<string> IssueAsync(ProfileEntity profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return credentials.IssueAsync(CredentialKind.SignIn, profile.Id, options.Value.CodeLifetime, profile.AddressStamp, cancellationToken);
    }

    /// <summary>True once for a valid code: the use that deleted it.</summary>
    public async Task<bool> TryUseAsync(ProfileEntity profile, string? code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var found = await credentials.FindCodeAsync(code, CredentialKind.SignIn, profile.Id, profile.AddressStamp, cancellationToken);
        return found is not null && await credentials.TryUseUpAsync(found, cancellationToken);
    }
}
