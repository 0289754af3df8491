using System.Text.RegularExpressions;

namespace Matchmaker.Tests.System.Chaos;

/// <summary>
/// The emails of a chaos run, read from their <see cref="IMailSource"/> as they come: each is filed under
/// the outbox row it names (its subject and email key), so that "exactly once" is counted per email, not
/// in total, and the clients find the codes and links a person would follow.
/// </summary>
public sealed partial class MailIndex(IMailSource source)
{
    private readonly Lock gate = new();
    private readonly List<ChaosMail> mails = [];

    public IMailSource Source { get; } = source;

    /// <summary>Every email so far, in the order they came.</summary>
    public IReadOnlyList<ChaosMail> All()
    {
        lock (gate)
        {
            mails.AddRange(Source.ReadNew());
            return [.. mails];
        }
    }

    /// <summary>The code in the confirmation email of the profile, once it has come.</summary>
    public string? ConfirmationCode(string profileId) =>
        All().Where(mail => mail.Subject == $"profile-{profileId}" && mail.Key.StartsWith("confirmation-", StringComparison.Ordinal))
            .Select(mail => ConfirmCode().Match(mail.PlainText))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value)
            .FirstOrDefault();

    /// <summary>Every ask to answer an introduction: its id, the side asked and the token in its link.</summary>
    public IEnumerable<(string IntroductionId, string Side, string Token)> Asks() =>
        All().Where(mail => mail.Key.StartsWith("ask-", StringComparison.Ordinal))
            .Select(mail => (mail.Subject, mail.Key["ask-".Length..], Match: AcceptToken().Match(mail.PlainText)))
            .Where(ask => ask.Match.Success)
            .Select(ask => (ask.Subject, ask.Item2, Uri.UnescapeDataString(ask.Match.Groups[1].Value)));

    [GeneratedRegex(@"/api/me#profile=[0-9a-f]+&confirm=([A-Za-z0-9_-]+)")]
    private static partial Regex ConfirmCode();

    [GeneratedRegex(@"token=([A-Za-z0-9_%-]+)&answer=accept")]
    private static partial Regex AcceptToken();
}
