using System.Text.Encodings.Web;
using Matchmaker.Email;

namespace Matchmaker.Tests.Unit.Email;

/// <summary>The confirmation email as its Liquid templates word it: code, links, encoding, and edits without a rebuild.</summary>
public sealed class ConfirmationTemplateTests : IDisposable
{
    private const string ProfileId = "p-0123456789abcdef";
    private const string Code = "482913";
    private const string Token = "Tq9xv3-owner_token_example";
    private const string Placeholder = "NAME-PLACEHOLDER";
    private static readonly Uri BaseUrl = new("https://matchmaker.example/network/");

    private readonly TemplateFolderCopy copy = new();

    public void Dispose() => copy.Dispose();

    [Fact]
    public async Task The_subject_comes_from_the_text_templates_subject_line_and_the_body_starts_after_it()
    {
        var email = await TestTemplates.Confirmation().CreateAsync("sam@example.org", "Sam", ProfileId, Code, Token, BaseUrl);

        Assert.Equal("Confirm your Matchmaker profile", email.Subject);
        Assert.StartsWith("Hello Sam,", email.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Subject:", email.PlainText, StringComparison.Ordinal);
        Assert.Equal("confirmation", email.Category);
        Assert.Equal(new Dictionary<string, string> { ["profileId"] = ProfileId }, email.CustomArgs);
    }

    [Fact]
    public async Task Both_parts_hold_the_code_the_confirm_address_and_the_profile_link_with_the_token_only_in_its_fragment()
    {
        var email = await TestTemplates.Confirmation().CreateAsync("sam@example.org", "Sam", ProfileId, Code, Token, BaseUrl);

        const string Profile = $"https://matchmaker.example/network/api/profiles/{ProfileId}";
        Assert.Contains($"    {Code}\n", email.PlainText, StringComparison.Ordinal);
        Assert.Contains($"POST {Profile}/confirm\n", email.PlainText, StringComparison.Ordinal);
        Assert.Contains($"{{\"code\": \"{Code}\"}}", email.PlainText, StringComparison.Ordinal);
        Assert.Contains($"    {Profile}#token={Token}\n", email.PlainText, StringComparison.Ordinal);
        Assert.Contains($"    {Profile}\n", email.PlainText, StringComparison.Ordinal);

        Assert.Contains($"font-family: monospace;\">{Code}</p>", email.Html, StringComparison.Ordinal);
        Assert.Contains($"<pre style=\"background: #f4f4f4; padding: 0.75em;\">POST {Profile}/confirm\n", email.Html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{Profile}#token={Token}\">{Profile}#token={Token}</a>", email.Html, StringComparison.Ordinal);
        Assert.Contains($"<code>{Profile}</code>", email.Html, StringComparison.Ordinal);

        Assert.Equal(2, CountOf($"#token={Token}", email.PlainText) + CountOf($"<a href=\"{Profile}#token={Token}\">", email.Html));
        Assert.Equal(1, CountOf(Token, email.PlainText));
        Assert.Equal(2, CountOf(Token, email.Html));
        Assert.DoesNotContain(Token, email.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("?token", email.PlainText + email.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_naughty_name_is_html_encoded_in_the_html_part_and_changes_nothing_else()
    {
        var confirmation = TestTemplates.Confirmation();
        var baseline = await confirmation.CreateAsync("sam@example.org", Placeholder, ProfileId, Code, Token, BaseUrl);
        Assert.Equal(1, CountOf(Placeholder, baseline.Html));

        foreach (var name in NaughtyNames.All)
        {
            var email = await confirmation.CreateAsync("sam@example.org", name, ProfileId, Code, Token, BaseUrl);

            Assert.Equal(baseline.Html.Replace(Placeholder, HtmlEncoder.Default.Encode(name), StringComparison.Ordinal), email.Html);
            Assert.Equal(baseline.PlainText.Replace(Placeholder, name, StringComparison.Ordinal), email.PlainText);
            Assert.Equal(baseline.Subject, email.Subject);
            Assert.Equal(name, email.ToName);
        }
    }

    [Fact]
    public async Task Markup_in_any_value_never_appears_as_markup_in_the_html_part()
    {
        var confirmation = TestTemplates.Confirmation();
        var tags = Tags((await confirmation.CreateAsync("sam@example.org", "Sam", ProfileId, Code, Token, BaseUrl)).Html);
        Assert.NotEmpty(NaughtyNames.Markup);

        foreach (var markup in NaughtyNames.Markup)
        {
            var email = await confirmation.CreateAsync("sam@example.org", markup, markup, markup, markup, BaseUrl);

            Assert.DoesNotContain(markup, email.Html, StringComparison.Ordinal);
            Assert.Contains(HtmlEncoder.Default.Encode(markup), email.Html, StringComparison.Ordinal);
            Assert.Equal(tags, Tags(email.Html));
        }
    }

    [Fact]
    public async Task An_edited_confirmation_template_is_used_for_the_next_email_without_a_restart()
    {
        var confirmation = TestTemplates.Confirmation(copy.Path);
        var before = await confirmation.CreateAsync("sam@example.org", "Sam", ProfileId, Code, Token, BaseUrl);

        copy.Replace("confirmation.text.liquid", "Subject: Confirm your Matchmaker profile", "Subject: Welcome to the network, {{ name }}");
        copy.Replace("confirmation.html.liquid", "Thank you for joining Matchmaker.", "Welcome to the <em>network</em>, {{ name }}.");
        var after = await confirmation.CreateAsync("sam@example.org", "Zoë <3", ProfileId, Code, Token, BaseUrl);

        Assert.Equal("Confirm your Matchmaker profile", before.Subject);
        Assert.Equal("Welcome to the network, Zoë <3", after.Subject);
        Assert.Contains("<p>Welcome to the <em>network</em>, Zo&#xEB; &lt;3. Your confirmation code is:</p>", after.Html, StringComparison.Ordinal);
        Assert.Contains(Code, after.Html, StringComparison.Ordinal);
    }

    private static int CountOf(string part, string text) => text.Split(part).Length - 1;

    /// <summary>The sequence of tag names in an HTML document, which values must never change.</summary>
    private static string Tags(string html) =>
        string.Join(' ', System.Text.RegularExpressions.Regex.Matches(html, "</?([a-zA-Z][a-zA-Z0-9]*)").Select(m => m.Value));
}
