using System.Text.RegularExpressions;

namespace Matchmaker.Testing;

/// <summary>The .eml files an app under test wrote, read back as a person's mailbox would show them.</summary>
public sealed partial class Outbox(string path)
{
    public string Path { get; } = path;

    public IReadOnlyList<EmlFile> All() =>
        Directory.Exists(Path)
            ? [.. Directory.GetFiles(Path, "*.eml").Order(StringComparer.Ordinal).Select(file => EmlFile.Parse(File.ReadAllText(file)))]
            : [];

    public IReadOnlyList<EmlFile> To(string address) =>
        [.. All().Where(mail => mail.Header("To").Contains(address, StringComparison.OrdinalIgnoreCase))];

    /// <summary>The confirmation code in the link of the latest confirmation email to <paramref name="address"/>.</summary>
    public string LatestCode(string address) => CodeIn(address, "Confirm", ConfirmCode());

    /// <summary>The sign-in code in the link of the latest sign-in email to <paramref name="address"/>.</summary>
    public string LatestSignInCode(string address) => CodeIn(address, "Sign in", SignInCode());

    private string CodeIn(string address, string subject, Regex code)
    {
        var text = To(address).Last(mail => mail.Header("Subject").Contains(subject, StringComparison.Ordinal))
            .Parts.First(part => part.ContentType.StartsWith("text/plain", StringComparison.Ordinal)).Text;
        return code.Match(text).Groups[1].Value;
    }

    [GeneratedRegex(@"/api/me#profile=[0-9a-f]+&confirm=([A-Za-z0-9_-]+)")]
    private static partial Regex ConfirmCode();

    [GeneratedRegex(@"/api/me#profile=[0-9a-f]+&signin=([A-Za-z0-9_-]+)")]
    private static partial Regex SignInCode();
}
