namespace Matchmaker.Testing;

/// <summary>A copy of the shipped templates in a temporary folder, for tests that edit them; deleted afterwards.</summary>
public sealed class TemplateFolderCopy : IDisposable
{
    public TemplateFolderCopy()
    {
        foreach (var file in Directory.GetFiles(Shipped, "*", SearchOption.AllDirectories))
        {
            var copy = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(Shipped, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    /// <summary>The templates the app ships, copied beside the tests with the app.</summary>
    public static string Shipped { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Email", "Templates");

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "matchmaker-tests", $"templates-{Guid.NewGuid():N}");

    /// <summary>Rewrites one template, dated a second later so that no file system's clock resolution hides the change.</summary>
    public void Write(string file, string content)
    {
        var path = System.IO.Path.Combine(Path, file);
        var before = File.Exists(path) ? File.GetLastWriteTimeUtc(path) : DateTime.UtcNow;
        File.WriteAllText(path, content);
        File.SetLastWriteTimeUtc(path, before.AddSeconds(1));
    }

    /// <summary>Replaces a sentence in one template, failing if the template does not have it.</summary>
    public void Replace(string file, string sentence, string replacement)
    {
        var content = File.ReadAllText(System.IO.Path.Combine(Path, file));
        if (!content.Contains(sentence, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{file} does not contain \"{sentence}\".");
        }

        Write(file, content.Replace(sentence, replacement, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
