namespace Matchmaker.Email;

/// <summary>
/// An email to one person whose one link opens their page with a single-use code in its fragment
/// (<see cref="MeLink"/>): the confirmation and the sign-in email differ only in wording and in what the code does.
/// The template's name is also the email's category.
/// </summary>
internal static class PersonalLinkEmail
{
    public static async Task<EmailMessage> CreateAsync(
        EmailTemplates templates, string template, string linkVariable, string linkKind, string toAddress, string personName, string profileId, string code, Uri publicBaseUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toAddress);
        ArgumentNullException.ThrowIfNull(personName);
        ArgumentException.ThrowIfNullOrWhiteSpace(profileId);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var (subject, text, html) = await templates.RenderAsync(template, new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = personName,
            [linkVariable] = MeLink.To(publicBaseUrl, profileId, linkKind, code),
        });

        return new EmailMessage(
            toAddress,
            personName,
            subject,
            text,
            html,
            template,
            new Dictionary<string, string>(StringComparer.Ordinal) { ["profileId"] = profileId });
    }
}
