using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Matchmaker.Email;

/// <summary>
/// Sends through the SendGrid v3 mail API with the official client. The <see cref="HttpClient"/> comes from
/// <see cref="IHttpClientFactory"/> (named <see cref="HttpClientName"/>), so connections are pooled and
/// nothing retries behind the caller's back: one call is at most one request, and a refusal throws
/// <see cref="EmailSendException"/> for the caller to retry or not. Link and open tracking are switched off,
/// because links carry private tokens that must not pass through a tracking redirect.
/// Logs hold the category and status only, never an address.
/// </summary>
public sealed partial class SendGridEmailSender(
    IOptions<EmailOptions> options,
    IHttpClientFactory httpClients,
    TimeProvider time,
    ILogger<SendGridEmailSender> logger) : IEmailSender
{
    public const string HttpClientName = "SendGrid";

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        var client = new SendGridClient(
            httpClients.CreateClient(HttpClientName),
            new SendGridClientOptions { ApiKey = settings.SendGridApiKey, Host = settings.SendGridHost });

        var response = await client.SendEmailAsync(ToSendGrid(message, settings), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            LogRefused(logger, message.Category, (int)response.StatusCode);
            throw new EmailSendException(response.StatusCode, RetryAfter(response));
        }

        LogSent(logger, message.Category, (int)response.StatusCode);
    }

    private static SendGridMessage ToSendGrid(EmailMessage message, EmailOptions settings)
    {
        var mail = new SendGridMessage
        {
            From = Address(settings.From, settings.FromName),
            Subject = message.Subject,
            PlainTextContent = message.PlainText,
            HtmlContent = message.Html,
        };
        mail.AddTo(Address(message.To, message.ToName));
        foreach (var copy in message.Cc)
        {
            mail.AddCc(Address(copy.Address, copy.Name));
        }

        mail.AddCategory(message.Category);
        if (message.CustomArgs.Count > 0)
        {
            mail.AddGlobalCustomArgs(new Dictionary<string, string>(message.CustomArgs, StringComparer.Ordinal));
        }

        if (message.UnsubscribeUrl is { } unsubscribe)
        {
            mail.AddGlobalHeader("List-Unsubscribe", $"<{unsubscribe.AbsoluteUri}>");
            mail.AddGlobalHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        mail.SetClickTracking(false, false);
        mail.SetOpenTracking(false);
        return mail;
    }

    private static EmailAddress Address(string address, string? name) =>
        new(address, string.IsNullOrWhiteSpace(name) ? null : name);

    /// <summary>
    /// How long to wait: SendGrid gives the end of the rate-limit window as <c>X-RateLimit-Reset</c> (Unix
    /// seconds); a standard <c>Retry-After</c> is honoured too.
    /// </summary>
    private TimeSpan? RetryAfter(Response response)
    {
        var now = time.GetUtcNow();
        if (response.Headers is { } headers
            && headers.TryGetValues("X-RateLimit-Reset", out var values)
            && long.TryParse(values.FirstOrDefault(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
        {
            var reset = DateTimeOffset.FromUnixTimeSeconds(seconds);
            return reset > now ? reset - now : TimeSpan.Zero;
        }

        return response.Headers?.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
            _ => null,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email sent through SendGrid: category {Category}, status {Status}")]
    private static partial void LogSent(ILogger logger, string category, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SendGrid did not accept an email: category {Category}, status {Status}")]
    private static partial void LogRefused(ILogger logger, string category, int status);
}
