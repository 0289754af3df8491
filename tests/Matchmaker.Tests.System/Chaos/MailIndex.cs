using System.Text.Json;
using System.Text.RegularExpressions;
using Matchmaker.Email.Outbox;

namespace Matchmaker.Tests.System.Chaos;

/// <summary>
/// The app's eml folder, read as it fills: each new file is parsed once and filed under the outbox row it
/// names in its <c>X-Custom-Args</c>, so that "exactly once" is counted per email, not in total.
/// </summary>
public sealed partial class MailIndex(string folder)
{
    private readonly Lock gate = new();
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly List<ChaosMail> mails = [];

    public string Folder { get; } = folder;

    /// <summary>Every email read so far, in the order of their files' names (the time they were written).</summary>
    public IReadOnlyList<ChaosMail> All()
    {
        lock (gate)
        {
            Refresh();
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

    /// <summary>Files still being written, or left half-written by a killed process.</summary>
    public int PartialFiles() => Directory.Exists(Folder) ? Directory.GetFiles(Folder, "*.partial").Length : 0;

    private void Refresh()
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }

        foreach (var file in Directory.GetFiles(Folder, "*.eml").Order(StringComparer.Ordinal))
        {
            if (!seen.Add(file))
            {
                continue;
            }

            var eml = EmlFile.Parse(File.ReadAllText(file));
            var args = JsonSerializer.Deserialize<Dictionary<string, string>>(eml.Header("X-Custom-Args"))!;
            var text = eml.Parts.First(part => part.ContentType.StartsWith("text/plain", StringComparison.Ordinal)).Text;
            mails.Add(new ChaosMail(args[EmailOutbox.IntroductionArg], args[EmailOutbox.EmailKeyArg], Path.GetFileName(file), text));
        }
    }

    [GeneratedRegex(@"/api/me#profile=[0-9a-f]+&confirm=([A-Za-z0-9_-]+)")]
    private static partial Regex ConfirmCode();

    [GeneratedRegex(@"token=([A-Za-z0-9_%-]+)&answer=accept")]
    private static partial Regex AcceptToken();
}
