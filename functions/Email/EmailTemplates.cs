using System.Text.Encodings.Web;
using Fluid;

namespace Matchmaker.Email;

/// <summary>
/// The emails' Liquid templates: <c>{name}.text.liquid</c>, whose first line is <c>Subject: ...</c>, and
/// <c>{name}.html.liquid</c>, in which every value is HTML-encoded (see <see cref="TemplateFiles"/>).
/// </summary>
public sealed class EmailTemplates(TemplateFiles files)
{
    private const string SubjectPrefix = "Subject:";

    public async Task<(string Subject, string Text, string Html)> RenderAsync(string name, IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var textFile = $"{name}.text.liquid";
        var text = await files.RenderAsync(textFile, values, NullEncoder.Default);
        var html = await files.RenderAsync($"{name}.html.liquid", values, HtmlEncoder.Default);
        var (subject, body) = TemplateFiles.SplitFirstLine(text, SubjectPrefix, textFile);
        return (subject, body, html);
    }
}
