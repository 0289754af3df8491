namespace Matchmaker.Profiles.AccountEmails;

/// <summary>The <c>Matchmaker:AccountEmails</c> settings.</summary>
public sealed class AccountEmailOptions
{
    public const string SectionName = "Matchmaker:AccountEmails";

    /// <summary>
    /// How long after it was asked for the queued copy of a confirmation or sign-in email is delivered (default two
    /// minutes). The request sends the email at once; the copy sends it only if that did not (the mail service
    /// was failing, or the process stopped), and finds it sent otherwise.
    /// </summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(2);
}
