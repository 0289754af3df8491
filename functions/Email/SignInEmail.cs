namespace Matchmaker.Email;

/// <summary>
/// The email that signs a person in again, worded in <c>sign-in.text.liquid</c> and <c>sign-in.html.liquid</c>:
/// one link to their page with a single-use code in its fragment (<see cref="MeLink"/>). Sent only to the
/// address of an active profile, and only because someone asked at <c>POST /api/sign-in</c>.
/// </summary>
public sealed class SignInEmail(EmailTemplates templates)
{
    public const string Category = "sign-in";

    public Task<EmailMessage> CreateAsync(string toAddress, string personName, string profileId, string code, Uri publicBaseUrl) =>
        PersonalLinkEmail.CreateAsync(templates, Category, "sign_in_link", MeLink.SignIn, toAddress, personName, profileId, code, publicBaseUrl);
}
