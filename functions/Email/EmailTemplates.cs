using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using Fluid;
using Matchmaker.Introductions;
using Microsoft.Extensions.Options;

namespace Matchmaker.Email;

/// <summary>
/// The introduction emails' Liquid templates (Fluid), read from files: <c>{name}.text.liquid</c>, whose first
/// line is <c>Subject: ...</c>, and <c>{name}.html.liquid</c>. A file is parsed again when it changes, so an
/// edit shows in the next email. In the HTML every value is HTML-encoded as it is written; values are only
/// ever data (names, titles, notes), never markup.
/// </summary>
public sealed class EmailTemplates(IOptions<IntroductionOptions> options)
{
    private const string SubjectPrefix = "Subject:";

    private static readonly FluidParser Parser = new();

    private readonly ConcurrentDictionary<string, (DateTime Written, IFluidTemplate Template)> parsed = new(StringComparer.Ordinal);

    public string Folder => options.Value.TemplatesPath is { Length: > 0 } path
        ? Path.GetFullPath(path)
        : Path.Combine(AppContext.BaseDirectory, "Email", "Templates");

    public async Task<(string Subject, string Text, string Html)> RenderAsync(string name, IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var text = await RenderFileAsync($"{name}.text.liquid", values, NullEncoder.Default);
        var html = await RenderFileAsync($"{name}.html.liquid", values, HtmlEncoder.Default);
        var firstLine = text.IndexOf('\n', StringComparison.Ordinal);
        var subjectLine = firstLine < 0 ? text : text[..firstLine];
        if (!subjectLine.StartsWith(SubjectPrefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The template {name}.text.liquid must start with a \"{SubjectPrefix}\" line.");
        }

        // A subject is one line: a value with a line break must not start a second header.
        var subject = string.Join(' ', subjectLine[SubjectPrefix.Length..].Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return (subject, firstLine < 0 ? "" : text[(firstLine + 1)..].TrimStart('\r', '\n'), html);
    }

    private async Task<string> RenderFileAsync(string file, IReadOnlyDictionary<string, object?> values, TextEncoder encoder)
    {
        var context = new TemplateContext();
        foreach (var (key, value) in values)
        {
            context.SetValue(key, value);
        }

        return await Template(Path.Combine(Folder, file)).RenderAsync(context, encoder);
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
            throw new InvalidOperationException($"The email template {Path.GetFileName(path)} does not parse: {error}");
        }

        parsed[path] = (written, template);
        return template;
    }
}
