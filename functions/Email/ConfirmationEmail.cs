using System.Text.Encodings.Web;
using System.Text.Json;
using Matchmaker.Platform.Http;

namespace Matchmaker.Email;

/// <summary>
/// The email that confirms a new profile's address: the code to POST to <c>/api/profiles/{id}/confirm</c>,
/// and the profile's address with the owner token in its fragment (<c>#token=...</c>), which browsers
/// never send to a server, so the token stays out of server and proxy logs.
/// </summary>
public static class ConfirmationEmail
{
    public const string Category = "confirmation";

    public const string Subject = "Confirm your Matchmaker profile";

    public static EmailMessage Create(string toAddress, string personName, string profileId, string code, string ownerToken, Uri publicBaseUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toAddress);
        ArgumentNullException.ThrowIfNull(personName);
        ArgumentException.ThrowIfNullOrWhiteSpace(profileId);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerToken);
        var profileUrl = PublicLink.To(publicBaseUrl, $"api/profiles/{Uri.EscapeDataString(profileId)}");
        var confirmUrl = $"{profileUrl}/confirm";
        var profileLink = $"{profileUrl}#token={Uri.EscapeDataString(ownerToken)}";
        var body = $"{{\"code\": {JsonSerializer.Serialize(code)}}}";

        var plainText = $"""
            Hello {personName},

            Thank you for joining Matchmaker. Your confirmation code is:

                {code}

            To confirm this email address, send the code to Matchmaker:

                POST {confirmUrl}
                Content-Type: application/json

                {body}

            Your profile (id {profileId}) is at:

                {profileLink}

            Keep this link private. The part after "#token=" is your owner token:
            your private key to see, change, export or delete your profile.
            Anyone who has it can do the same, so do not share it. Use it as
            "Authorization: Bearer <token>" when you call:

                {profileUrl}

            If you did not ask to join Matchmaker, ignore this email. Until the
            code is confirmed, no other email is sent to this address.
            """;

        var html = Html(
            name: Encode(personName),
            code: Encode(code),
            profileId: Encode(profileId),
            confirmUrl: Encode(confirmUrl),
            body: Encode(body),
            profileUrl: Encode(profileUrl),
            profileLink: Encode(profileLink));

        return new EmailMessage(
            toAddress,
            personName,
            Subject,
            plainText,
            html,
            Category,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["profileId"] = profileId });
    }

    private static string Encode(string value) => HtmlEncoder.Default.Encode(value);

    // Every argument is already HTML-encoded.
    private static string Html(string name, string code, string profileId, string confirmUrl, string body, string profileUrl, string profileLink) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>{Subject}</title></head>
        <body style="font-family: sans-serif; line-height: 1.5; color: #222; max-width: 40em;">
        <p>Hello {name},</p>
        <p>Thank you for joining Matchmaker. Your confirmation code is:</p>
        <p style="font-size: 2em; font-weight: bold; letter-spacing: 0.2em; font-family: monospace;">{code}</p>
        <p>To confirm this email address, send the code to Matchmaker:</p>
        <pre style="background: #f4f4f4; padding: 0.75em;">POST {confirmUrl}
        Content-Type: application/json

        {body}</pre>
        <p>Your profile (id <code>{profileId}</code>) is at <a href="{profileLink}">{profileLink}</a>.</p>
        <p><strong>Keep this link private.</strong> The part after <code>#token=</code> is your owner token: your
        private key to see, change, export or delete your profile. Anyone who has it can do the same, so do not
        share it. Use it as <code>Authorization: Bearer &lt;token&gt;</code> when you call <code>{profileUrl}</code>.</p>
        <p>If you did not ask to join Matchmaker, ignore this email. Until the code is confirmed, no other email is
        sent to this address.</p>
        </body>
        </html>
        """;
}
