namespace Matchmaker.Email;

/// <summary>
/// The email that signs a person in again, worded in <c>sign-in.text.liquid</c> and <c>sign-in.html.liquid</c>:
/// one link to their page with a single-use code in its fragment (<see cref="MeLink"/>). Sent only to the
/// address of an active profile, and only because someone asked at <c>POST /api/sign-in</c>.
/// </summary>
public sealed class SignInEmail(EmailTemplates templates)
{
    public const string Category = "sign-in";

    private const string Template = "sign-in";

    public async Task<EmailMessage> CreateAsync(string toAddress, string personName, string profileId, string code, Uri publicBaseUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toAddress);
        ArgumentNullException.ThrowIfNull(personName);
        ArgumentException.ThrowIfNullOrWhiteSpace(profileId);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var (subject, text, html) = await templates.RenderAsync(Template, new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = personName,
            ["sign_in_link"] = MeLink.To(publicBaseUrl, profileId, MeLink.SignIn, code),
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
