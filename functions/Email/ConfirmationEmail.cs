using System.Text.Json;
using Matchmaker.Platform.Http;

namespace Matchmaker.Email;

/// <summary>
/// The email that confirms a new profile's address, worded in <c>confirmation.text.liquid</c> and
/// <c>confirmation.html.liquid</c>: the code to POST to <c>/api/profiles/{id}/confirm</c>, and the profile's
/// address with the owner token in its fragment (<c>#token=...</c>), which browsers never send to a server,
/// so the token stays out of server and proxy logs. It has no unsubscribe link: it is the one email sent
/// to an address before it is confirmed, and only because its owner asked.
/// </summary>
public sealed class ConfirmationEmail(EmailTemplates templates)
{
    public const string Category = "confirmation";

    private const string Template = "confirmation";

    public async Task<EmailMessage> CreateAsync(string toAddress, string personName, string profileId, string code, string ownerToken, Uri publicBaseUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toAddress);
        ArgumentNullException.ThrowIfNull(personName);
        ArgumentException.ThrowIfNullOrWhiteSpace(profileId);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerToken);
        var profileUrl = PublicLink.To(publicBaseUrl, $"api/profiles/{Uri.EscapeDataString(profileId)}");
        var (subject, text, html) = await templates.RenderAsync(Template, new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = personName,
            ["code"] = code,
            ["profile_id"] = profileId,
            ["confirm_url"] = $"{profileUrl}/confirm",
            ["confirm_body"] = $"{{\"code\": {JsonSerializer.Serialize(code)}}}",
            ["profile_url"] = profileUrl,
            ["profile_link"] = $"{profileUrl}#token={Uri.EscapeDataString(ownerToken)}",
        });

        return new EmailMessage(
            toAddress,
            personName,
            subject,
            text,
            html,
            Category,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["profileId"] = profileId });
    }
}
