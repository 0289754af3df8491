using Matchmaker.Email;
using Matchmaker.Email.Unsubscribe;
using Matchmaker.Platform.Credentials;
using Microsoft.Extensions.Options;

namespace Matchmaker.Profiles;

/// <summary>
/// Issues confirmation codes and sends the confirmation email: the only email that ever goes to an
/// address that is not confirmed yet. Codes are random, stored as hashes, and valid for seven days; the
/// email carries the code in a link's fragment and never an owner token.
/// </summary>
public sealed class ProfileConfirmation(IEmailSender email, ConfirmationEmail confirmationEmail, SuppressionList suppressions, IOptions<MatchmakerOptions> options, TimeProvider time)
{
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromDays(7);

    /// <summary>Puts a new code on the profile (to be saved by the caller) and returns the code.</summary>
    public string NewCode(ProfileEntity profile)
    {
        var code = SecretToken.Create();
        profile.ConfirmationCodeHash = SecretToken.Hash(code);
        profile.ConfirmationExpiresAt = time.GetUtcNow() + CodeLifetime;
        return code;
    }

    public bool Accepts(ProfileEntity profile, string? code) =>
        SecretToken.Matches(code, profile.ConfirmationCodeHash) && time.GetUtcNow() <= profile.ConfirmationExpiresAt;

    public async Task SendAsync(ProfileEntity profile, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        // An address that unsubscribed, bounced or reported spam gets nothing, this email included; the
        // answer to the sign-up stays the same, so it does not tell whether the address is suppressed.
        if (await suppressions.IsSuppressedAsync(profile.Email, cancellationToken))
        {
            return;
        }

        var message = await confirmationEmail.CreateAsync(profile.Email, profile.Name, profile.Id, code, new Uri(options.Value.PublicBaseUrl));
        await email.SendAsync(message, cancellationToken);
    }
}
