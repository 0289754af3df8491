namespace Matchmaker.Email;

/// <summary>Sends an email through SendGrid or, without a SendGrid key, writes it to the eml folder as an <c>.eml</c> file.</summary>
public interface IEmailSender
{
    /// <summary>
    /// Sends <paramref name="message"/>. A refusal by the mail service throws <see cref="EmailSendException"/>,
    /// whose <see cref="EmailSendException.IsRetryable"/> says whether trying again later can help. No answer
    /// at all (a network failure or time-out, as <see cref="HttpRequestException"/> or
    /// <see cref="TaskCanceledException"/>) is ambiguous: the email may have gone, so it is not blindly repeated.
    /// An address that could not be written safely throws <see cref="ArgumentException"/>.
    /// </summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
