namespace Matchmaker.Email.Keys;

/// <summary>
/// The app's <see cref="IEmailSender"/>: the configured sender, behind <see cref="EmailKeyGuard"/>. Emails sent
/// directly (a confirmation, a sign-in link) rather than through the outbox are refused here while the
/// suppression key may not be used: <see cref="SuppressionKeyException"/>, which an HTTP route answers as 503.
/// </summary>
public sealed class KeyGuardedEmailSender(IEmailSender sender, EmailKeyGuard guard) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        if (await guard.CheckAsync(cancellationToken) is { IsUsable: false } check)
        {
            throw new SuppressionKeyException(check.Reason!);
        }

        await sender.SendAsync(message, cancellationToken);
    }
}
