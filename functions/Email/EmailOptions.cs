namespace Matchmaker.Email;

/// <summary>The <c>Matchmaker:Email</c> settings (environment form <c>Matchmaker__Email__...</c>).</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Matchmaker:Email";

    /// <summary>The SendGrid API key. When empty, emails are written to <see cref="OutboxPath"/> instead of sent.</summary>
    public string? SendGridApiKey { get; set; }

    /// <summary>The SendGrid API base address; tests point it at a stand-in.</summary>
    public string SendGridHost { get; set; } = "https://api.sendgrid.com";

    /// <summary>
    /// The folder for <c>.eml</c> files when no SendGrid key is set, created when the first email is written.
    /// A relative path is resolved against the process's current directory (under <c>dotnet run</c> that is the
    /// build output folder, e.g. <c>functions/bin/Debug/net10.0</c>).
    /// </summary>
    public string OutboxPath { get; set; } = ".outbox";

    /// <summary>The sender address.</summary>
    public string From { get; set; } = "matchmaker@localhost";

    /// <summary>The sender's display name.</summary>
    public string FromName { get; set; } = "Matchmaker";

    /// <summary><see cref="OutboxPath"/> as an absolute path.</summary>
    public string OutboxFullPath => Path.GetFullPath(OutboxPath);
}
