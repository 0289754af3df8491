namespace Matchmaker.Email;

/// <summary>
/// The email that confirms a profile's address, worded in <c>confirmation.text.liquid</c> and
/// <c>confirmation.html.liquid</c>: one link to the person's page with the code in its fragment
/// (<see cref="MeLink"/>), where pressing Confirm confirms. It never holds an owner token: confirming
/// hands the page a new one. It has no unsubscribe link: it is the one email sent to an address before it
/// is confirmed, and only because its owner asked.
/// </summary>
public sealed class ConfirmationEmail(EmailTemplates templates)
{
    public const string Category = "confirmation";

    public Task<EmailMessage> CreateAsync(string toAddress, string personName, string profileId, string code, Uri publicBaseUrl) =>
        PersonalLinkEmail.CreateAsync(templates, Category, "confirm_link", MeLink.Confirm, toAddress, personName, profileId, code, publicBaseUrl);
}
