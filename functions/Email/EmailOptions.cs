namespace Matchmaker.Email;

/// <summary>The <c>Matchmaker:Email</c> settings (environment form <c>Matchmaker__Email__...</c>).</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Matchmaker:Email";

    /// <summary>The SendGrid API key. When empty, emails are written to <see cref="EmlFolder"/> instead of sent.</summary>
    public string? SendGridApiKey { get; set; }

    /// <summary>The SendGrid API base address; tests point it at a stand-in.</summary>
    public string SendGridHost { get; set; } = "https://api.sendgrid.com";

    /// <summary>
    /// The folder for <c>.eml</c> files when no SendGrid key is set, created when the first email is written.
    /// A relative path is resolved against the process's current directory (<c>dotnet run --project functions</c>
    /// sets it to the repository root). Accepted under its old name <c>Matchmaker:Email:OutboxPath</c> too:
    /// "outbox" now means only the exactly-once table.
    /// </summary>
    public string EmlFolder { get; set; } = ".emails";

    /// <summary>
    /// The folder of the Liquid templates that word every email and every page behind an email link. Empty:
    /// <c>Email/Templates</c> beside the app. Coordinators can edit the files; an edit shows in the next email
    /// or page, without a rebuild. Accepted under its old name <c>Matchmaker:Introductions:TemplatesPath</c> too.
    /// </summary>
    public string? TemplatesPath { get; set; }

    /// <summary>The sender address.</summary>
    public string From { get; set; } = "matchmaker@localhost";

    /// <summary>The sender's display name.</summary>
    public string FromName { get; set; } = "Matchmaker";

    /// <summary>At most this many emails a second leave this instance (SendGrid's and the receiving servers' limits).</summary>
    public double MaxSendsPerSecond { get; set; } = 10;

    /// <summary>One request to SendGrid gives up after this long; its outcome is then unknown and it is not repeated.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Requests per email while SendGrid answers 5xx or refuses connections, with doubling waits from <see cref="RetryDelay"/>.</summary>
    public int MaxAttempts { get; set; } = 3;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A 429 whose reset is further away than this leaves the email for the queue's next try instead of waiting.</summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>After this many failed requests in a row, no request goes out for <see cref="BreakDuration"/>.</summary>
    public int BreakAfterFailures { get; set; } = 5;

    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a processed SendGrid event is kept: long enough to recognise SendGrid's repeats of it (it
    /// retries for up to 24 hours after the event), no longer, since each row ties an introduction to an address hash.
    /// </summary>
    public TimeSpan EventRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Shortest accepted <see cref="SuppressionKey"/>, in characters: 32 random characters carry well over 128 bits.</summary>
    public const int MinimumSuppressionKeyLength = 32;

    /// <summary>
    /// The secret that keys the address hashes of the suppression list (HMAC-SHA256 over its UTF-8 bytes).
    /// When empty, a random key is generated once and kept in the storage account (container <c>keys</c>).
    /// It must never change once addresses are suppressed: with a new key, earlier suppressions are no
    /// longer found.
    /// </summary>
    public string? SuppressionKey { get; set; }

    /// <summary>
    /// SendGrid's verification key for the Signed Event Webhook, as SendGrid shows it: base64 of the P-256
    /// public key in SubjectPublicKeyInfo (DER) form. When empty or unreadable, the webhook route answers
    /// 503 and accepts nothing.
    /// </summary>
    public string? EventWebhookPublicKey { get; set; }

    /// <summary><see cref="EmlFolder"/> as an absolute path.</summary>
    public string EmlFolderFullPath => Path.GetFullPath(EmlFolder);
}
