using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaker.Email;

/// <summary>
/// The sender when no SendGrid key is configured: each email becomes one <c>.eml</c> file in
/// <see cref="EmailOptions.EmlFolder"/> (created as needed), named by UTC time and a random part so files
/// sort by time and never overwrite each other. Any mail client opens them. The log names the file only.
/// Not to be confused with the outbox (<c>Email/Outbox/</c>), the table through which every email is sent
/// exactly once, whichever sender then sends it.
/// </summary>
public sealed partial class EmlFolderEmailSender(
    IOptions<EmailOptions> options,
    TimeProvider time,
    ILogger<EmlFolderEmailSender> logger) : IEmailSender
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        var now = time.GetUtcNow();
        var uniqueId = RandomNumberGenerator.GetHexString(32, lowercase: true);
        var content = EmlFormatter.Format(message, new EmailRecipient(settings.From, settings.FromName), now, uniqueId);

        var folder = settings.EmlFolderFullPath;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{now.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture)}-{uniqueId[..16]}.eml");
        // Written under another name and renamed when complete: whoever watches the folder for .eml files (a
        // mail client, a test reading the link) never opens one that is still being written.
        var partial = $"{path}.partial";
        var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 4096, useAsync: true);
        await using (file.ConfigureAwait(false))
        {
            await file.WriteAsync(Utf8.GetBytes(content), cancellationToken);
        }

        File.Move(partial, path);

        LogWritten(logger, path);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email written to the eml folder: {Path}")]
    private static partial void LogWritten(ILogger logger, string path);
}
