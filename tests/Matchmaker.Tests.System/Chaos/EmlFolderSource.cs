using System.Text.Json;
using Matchmaker.Email.Outbox;

namespace Matchmaker.Tests.System.Chaos;

/// <summary>The app's eml folder (no SendGrid key): each .eml file is one email, parsed once.</summary>
public sealed class EmlFolderSource(string folder) : IMailSource
{
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    public IEnumerable<string> Settings => ["--Matchmaker:Email:SendGridApiKey=", $"--Matchmaker:Email:EmlFolder={folder}"];

    public IEnumerable<ChaosMail> ReadNew()
    {
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var file in Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal))
        {
            if (!seen.Add(file))
            {
                continue;
            }

            var eml = EmlFile.Parse(File.ReadAllText(file));
            var args = JsonSerializer.Deserialize<Dictionary<string, string>>(eml.Header("X-Custom-Args"))!;
            var text = eml.Parts.First(part => part.ContentType.StartsWith("text/plain", StringComparison.Ordinal)).Text;
            yield return new ChaosMail(args[EmailOutbox.IntroductionArg], args[EmailOutbox.EmailKeyArg], Path.GetFileName(file), text);
        }
    }

    /// <summary>Files still being written, or left half-written by a killed process.</summary>
    public IEnumerable<(string Name, object Value)> Figures() =>
        [("half-written .eml files", Directory.Exists(folder) ? Directory.GetFiles(folder, "*.partial").Length : 0)];
}
