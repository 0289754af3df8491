using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Matchmaker.Email.Unsubscribe;
using Matchmaker.Introductions;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Tests.Unit.Email;

/// <summary>The pages behind email links, rendered from their templates: wording from the files, status and headers from the app.</summary>
public sealed partial class PageTemplateTests : IDisposable
{
    private readonly TemplateFolderCopy copy = new();

    public void Dispose() => copy.Dispose();

    public static TheoryData<string, int, string> Pages => new()
    {
        { "introduction-used", 410, "Already answered" },
        { "introduction-expired", 410, "Link expired" },
        { "introduction-closed", 410, "Introduction closed" },
        { "introduction-not-valid", 404, "Link not valid" },
        { "introduction-too-many", 429, "Too many attempts" },
        { "introduction-accepted", 200, "Thank you" },
        { "introduction-declined", 200, "Thank you" },
        { "unsubscribe-done", 200, "You are unsubscribed" },
        { "unsubscribe-not-valid", 404, "This unsubscribe link is not valid" },
        { "unsubscribe-incomplete", 400, "This unsubscribe link is incomplete" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_page_has_its_status_the_security_headers_and_its_title_in_the_frame(string name, int status, string title)
    {
        var context = new DefaultHttpContext();

        var page = await Render(name, context.Request, TestTemplates.Pages());

        Assert.Equal(status, page.StatusCode);
        Assert.Equal("text/html; charset=utf-8", page.ContentType);
        Assert.Equal(HtmlPage.ContentSecurityPolicy, context.Response.Headers.ContentSecurityPolicy.ToString());
        Assert.Equal("no-store", context.Response.Headers.CacheControl.ToString());
        Assert.StartsWith("<!doctype html>", page.Content, StringComparison.Ordinal);
        Assert.Contains($"<title>{title} · Matchmaker</title>", page.Content, StringComparison.Ordinal);
        Assert.Contains($"<h1>{title}</h1>", page.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("Title:", page.Content, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script|<style|<img|<link|style=", page.Content!);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_pages_wording_comes_from_its_template_file_and_an_edit_shows_at_once(string name, int status, string title)
    {
        var pages = TestTemplates.Pages(copy.Path);
        var before = await Render(name, new DefaultHttpContext().Request, pages);

        copy.Write(Path.Combine("pages", $"{name}.html.liquid"), "Title: Edited & <em>new</em>\n<p>A sentence a coordinator wrote.</p>\n");
        copy.Replace(Path.Combine("pages", "frame.html.liquid"), "<main>", "<main><p>Matchmaker, by the co-ops</p>");
        var after = await Render(name, new DefaultHttpContext().Request, pages);

        Assert.Contains($"<h1>{title}</h1>", before.Content, StringComparison.Ordinal);
        Assert.Equal(status, after.StatusCode);
        Assert.Contains("<main><p>Matchmaker, by the co-ops</p>", after.Content, StringComparison.Ordinal);
        Assert.Contains("<h1>Edited & <em>new</em></h1>", after.Content, StringComparison.Ordinal);
        Assert.Contains("<title>Edited & <em>new</em> · Matchmaker</title>", after.Content, StringComparison.Ordinal);
        Assert.Contains("<p>A sentence a coordinator wrote.</p>", after.Content, StringComparison.Ordinal);
        Assert.DoesNotContain(title, after.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_introduction_confirm_page_asks_with_a_form_that_posts_the_token_and_focuses_the_answer_of_the_link()
    {
        var context = new DefaultHttpContext();

        var page = await new ResponsePage(TestTemplates.Pages()).ConfirmAsync(context.Request, "tok-123", "decline", "Website rebuild");

        Assert.Equal(200, page.StatusCode);
        Assert.Contains("<h1>Your answer</h1>", page.Content, StringComparison.Ordinal);
        Assert.Contains("an introduction about <strong>Website rebuild</strong>", page.Content, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\" action=\"respond\">", page.Content, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"token\" value=\"tok-123\">", page.Content, StringComparison.Ordinal);
        Assert.Contains("value=\"accept\">Yes, introduce us</button>", page.Content, StringComparison.Ordinal);
        Assert.Contains("value=\"decline\" autofocus>No, thank you</button>", page.Content, StringComparison.Ordinal);
        Assert.Equal(HtmlPage.ContentSecurityPolicy, context.Response.Headers.ContentSecurityPolicy.ToString());
    }

    [Theory]
    [InlineData("accept", 1)]
    [InlineData("decline", 1)]
    [InlineData("", 0)]
    [InlineData(null, 0)]
    [InlineData("accept\" onfocus=\"alert(1)", 0)]
    public async Task Only_a_known_answer_gives_a_button_the_focus(string? answer, int focused)
    {
        var page = await new ResponsePage(TestTemplates.Pages()).ConfirmAsync(new DefaultHttpContext().Request, "tok", answer, "Need");

        Assert.Equal(focused, page.Content!.Split("autofocus").Length - 1);
        Assert.DoesNotContain("onfocus", page.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_need_title_the_confirm_page_says_a_need()
    {
        var page = await new ResponsePage(TestTemplates.Pages()).ConfirmAsync(new DefaultHttpContext().Request, "tok", "accept", null);

        Assert.Contains("an introduction about <strong>a need</strong>", page.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_in_a_need_title_or_token_never_appears_as_markup_on_the_confirm_page()
    {
        var responsePage = new ResponsePage(TestTemplates.Pages());
        var tags = Tags((await responsePage.ConfirmAsync(new DefaultHttpContext().Request, "tok", "accept", "Need")).Content!);
        Assert.NotEmpty(NaughtyNames.Markup);

        foreach (var markup in NaughtyNames.Markup)
        {
            var page = (await responsePage.ConfirmAsync(new DefaultHttpContext().Request, markup, "accept", markup)).Content!;

            Assert.DoesNotContain(markup, page, StringComparison.Ordinal);
            Assert.Contains($"<strong>{HtmlEncoder.Default.Encode(markup)}</strong>", page, StringComparison.Ordinal);
            Assert.Contains($"value=\"{HtmlEncoder.Default.Encode(markup)}\"", page, StringComparison.Ordinal);
            Assert.Equal(tags, Tags(page));
        }
    }

    [Fact]
    public async Task The_unsubscribe_confirm_page_posts_to_its_own_link_with_the_escaped_token()
    {
        var context = new DefaultHttpContext();

        var page = await new UnsubscribePages(TestTemplates.Pages()).ConfirmAsync(context.Request, "a+b/c=");

        Assert.Equal(200, page.StatusCode);
        Assert.Contains("<h1>Unsubscribe from Matchmaker emails?</h1>", page.Content, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\" action=\"unsubscribe?token=a%2Bb%2Fc%3D\">", page.Content, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">", page.Content, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\">Unsubscribe</button>", page.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_template_without_a_title_line_is_refused_rather_than_shown_without_a_title()
    {
        copy.Write(Path.Combine("pages", "unsubscribe-done.html.liquid"), "<p>No title.</p>");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new UnsubscribePages(TestTemplates.Pages(copy.Path)).DoneAsync(new DefaultHttpContext().Request));

        Assert.Contains("Title:", error.Message, StringComparison.Ordinal);
    }

    private static Task<ContentResult> Render(string name, HttpRequest request, Matchmaker.Email.PageTemplates pages)
    {
        var response = new ResponsePage(pages);
        var unsubscribe = new UnsubscribePages(pages);
        return name switch
        {
            "introduction-used" => response.RefusedAsync(request, RespondOutcome.Used),
            "introduction-expired" => response.RefusedAsync(request, RespondOutcome.Expired),
            "introduction-closed" => response.RefusedAsync(request, RespondOutcome.Closed),
            "introduction-not-valid" => response.RefusedAsync(request, RespondOutcome.NotFound),
            "introduction-too-many" => response.TooManyAttemptsAsync(request),
            "introduction-accepted" => response.RecordedAsync(request, IntroductionAnswer.Accept),
            "introduction-declined" => response.RecordedAsync(request, IntroductionAnswer.Decline),
            "unsubscribe-done" => unsubscribe.DoneAsync(request),
            "unsubscribe-not-valid" => unsubscribe.UnknownAsync(request),
            "unsubscribe-incomplete" => unsubscribe.MissingAsync(request),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };
    }

    private static string Tags(string html) => string.Join(' ', Tag().Matches(html).Select(m => m.Value));

    [GeneratedRegex("</?[a-zA-Z][a-zA-Z0-9]*")]
    private static partial Regex Tag();
}
