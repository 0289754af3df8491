using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using Fluid;
using Microsoft.Extensions.Options;

namespace Matchmaker.Email;

/// <summary>
/// The one Liquid engine (Fluid) behind every email and every page behind an email link. The files are read
/// from <see cref="EmailOptions.TemplatesPath"/> (default <c>Email/Templates</c> beside the app), so
/// coordinators can change the wording without a rebuild; a file is parsed again when it changes, so an edit
/// shows in the next email or page. Values are only ever data (names, titles, links), never markup: with
/// <see cref="HtmlEncoder"/> each is HTML-encoded as it is written.
/// </summary>
public sealed class TemplateFiles(IOptions<EmailOptions> options)
{
    private static readonly FluidParser Parser = new();

    private readonly ConcurrentDictionary<string, (DateTime Written, IFluidTemplate Template)> parsed = new(StringComparer.Ordinal);

    public string Folder => options.Value.TemplatesPath is { Length: > 0 } path
        ? Path.GetFullPath(path)
        : Path.Combine(AppContext.BaseDirectory, "Email", "Templates");

    /// <summary>Renders <paramref name="file"/> (a path relative to <see cref="Folder"/>) with the values.</summary>
    public async Task<string> RenderAsync(string file, IReadOnlyDictionary<string, object?> values, TextEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(values);
        var context = new TemplateContext();
        foreach (var (key, value) in values)
        {
            context.SetValue(key, value);
        }

        return await Template(Path.Combine(Folder, file)).RenderAsync(context, encoder);
    }

    /// <summary>
    /// Splits a rendered template into its first line, which must start with <paramref name="prefix"/> (an
    /// email's <c>Subject:</c>, a page's <c>Title:</c>), and the rest. The line comes back without the
    /// prefix and on one line, so that a value cannot start a second header.
    /// </summary>
    public static (string Line, string Remainder) SplitFirstLine(string rendered, string prefix, string file)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        var end = rendered.IndexOf('\n', StringComparison.Ordinal);
        var line = end < 0 ? rendered : rendered[..end];
        if (!line.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The template {file} must start with a \"{prefix}\" line.");
        }

        var joined = string.Join(' ', line[prefix.Length..].Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return (joined, end < 0 ? "" : rendered[(end + 1)..].TrimStart('\r', '\n'));
    }

    private IFluidTemplate Template(string path)
    {
        var written = File.GetLastWriteTimeUtc(path);
        if (parsed.TryGetValue(path, out var cached) && cached.Written == written)
        {
            return cached.Template;
        }

        if (!Parser.TryParse(File.ReadAllText(path), out var template, out var error))
        {
            throw new InvalidOperationException($"The template {Path.GetFileName(path)} does not parse: {error}");
        }

        parsed[path] = (written, template);
        return template;
    }
}
