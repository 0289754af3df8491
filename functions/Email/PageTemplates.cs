using System.Text.Encodings.Web;
using Fluid.Values;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Email;

/// <summary>
/// The pages behind links in emails (answering an introduction, unsubscribing), worded in
/// <c>pages/{name}.html.liquid</c>: a first line <c>Title: ...</c>, then the page's HTML, in which every value
/// is HTML-encoded. <c>pages/frame.html.liquid</c> puts the title and that HTML into the document every
/// page shares; <see cref="HtmlPage"/> gives it its status and security headers, which no template decides.
/// </summary>
public sealed class PageTemplates(TemplateFiles files)
{
    private const string TitlePrefix = "Title:";

    public async Task<ContentResult> RenderAsync(HttpRequest request, int status, string name, IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(request);
        var file = Path.Combine("pages", $"{name}.html.liquid");
        var (title, body) = TemplateFiles.SplitFirstLine(await files.RenderAsync(file, values, HtmlEncoder.Default), TitlePrefix, file);

        // Both are HTML already, rendered from the page's template with every value encoded: encoding them
        // again would show entities on the page.
        var html = await files.RenderAsync(
            Path.Combine("pages", "frame.html.liquid"),
            new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["title"] = new StringValue(title, encode: false),
                ["body"] = new StringValue(body, encode: false),
            },
            HtmlEncoder.Default);
        return HtmlPage.Create(request, status, html);
    }

    /// <summary>A page with no values of its own.</summary>
    public Task<ContentResult> RenderAsync(HttpRequest request, int status, string name) =>
        RenderAsync(request, status, name, new Dictionary<string, object?>(StringComparer.Ordinal));
}
