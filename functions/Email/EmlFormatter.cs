using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Matchmaker.Email;

/// <summary>
/// Writes an <see cref="EmailMessage"/> as an RFC 5322 message: multipart/alternative with a text/plain and
/// a text/html part, both UTF-8 and quoted-printable, and every header value passed through
/// <see cref="MimeHeader"/>.
/// </summary>
public static class EmlFormatter
{
    /// <param name="uniqueId">Letters and digits unique to this email; used in the Message-ID and the part boundary.</param>
    public static string Format(EmailMessage message, EmailRecipient from, DateTimeOffset date, string uniqueId)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(from);
        if (string.IsNullOrEmpty(uniqueId) || !uniqueId.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException("The unique id must be ASCII letters and digits.", nameof(uniqueId));
        }

        // Quoted-printable never writes "=_", so no line of either part can look like this boundary.
        var boundary = $"=_matchmaker_{uniqueId}";
        var sender = MimeHeader.Address(from.Address);
        var eml = new StringBuilder();
        eml.Append(MimeHeader.Line("From", MimeHeader.Mailbox(sender, from.Name)));
        eml.Append(MimeHeader.Line("To", MimeHeader.Mailbox(message.To, message.ToName)));
        if (message.Cc.Count > 0)
        {
            eml.Append(MimeHeader.Line("Cc", string.Join(",\r\n ", message.Cc.Select(copy => MimeHeader.Mailbox(copy.Address, copy.Name)))));
        }

        eml.Append(MimeHeader.Line("Subject", MimeHeader.Text(message.Subject)));
        eml.Append(MimeHeader.Line("Date", date.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture)));
        eml.Append(MimeHeader.Line("Message-ID", $"<{uniqueId}@{sender[(sender.LastIndexOf('@') + 1)..]}>"));
        if (message.UnsubscribeUrl is { } unsubscribe)
        {
            eml.Append(MimeHeader.Line("List-Unsubscribe", $"<{unsubscribe.AbsoluteUri}>"));
            eml.Append(MimeHeader.Line("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
        }

        eml.Append(MimeHeader.Line("X-Category", MimeHeader.Text(message.Category)));

        // The default JSON encoder escapes control and non-ASCII characters, so this stays one ASCII line.
        eml.Append(MimeHeader.Line("X-Custom-Args", JsonSerializer.Serialize(message.CustomArgs)));
        eml.Append(MimeHeader.Line("MIME-Version", "1.0"));
        eml.Append(MimeHeader.Line("Content-Type", $"multipart/alternative;\r\n boundary=\"{boundary}\""));
        eml.Append("\r\n");
        AppendPart(eml, boundary, "text/plain", message.PlainText);
        AppendPart(eml, boundary, "text/html", message.Html);
        eml.Append("--").Append(boundary).Append("--\r\n");
        return eml.ToString();
    }

    private static void AppendPart(StringBuilder eml, string boundary, string mediaType, string text)
    {
        eml.Append("--").Append(boundary).Append("\r\n");
        eml.Append(MimeHeader.Line("Content-Type", $"{mediaType}; charset=utf-8"));
        eml.Append(MimeHeader.Line("Content-Transfer-Encoding", "quoted-printable"));
        eml.Append("\r\n");
        eml.Append(QuotedPrintable.Encode(text)).Append("\r\n");
    }
}
