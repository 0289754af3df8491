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

    /// <summary>The confirmation code in the latest confirmation email to <paramref name="address"/>.</summary>
    public string LatestCode(string address)
    {
        var text = To(address).Last(mail => mail.Header("Subject").Contains("Confirm", StringComparison.Ordinal))
            .Parts.First(part => part.ContentType.StartsWith("text/plain", StringComparison.Ordinal)).Text;
        return Code().Match(text).Groups[1].Value;
    }

    [GeneratedRegex(@"""code"":\s*""([A-Za-z0-9_-]+)""")]
    private static partial Regex Code();
}
