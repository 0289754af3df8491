using System.Text.Encodings.Web;
using Matchmaker.Email;

namespace Matchmaker.Tests.Unit.Email;

/// <summary>The confirmation email as its Liquid templates word it: code, links, encoding, and edits without a rebuild.</summary>
public sealed class ConfirmationTemplateTests : IDisposable
{
    private const string ProfileId = "p-0123456789abcdef";
    private const string Code = "482913";
    private const string Placeholder = "NAME-PLACEHOLDER";
    private static readonly Uri BaseUrl = new("https://matchmaker.example/network/");

    private readonly TemplateFolderCopy copy = new();

    public void Dispose() => copy.Dispose();

    [Fact]
    public async Task The_subject_comes_from_the_text_templates_subject_line_and_the_body_starts_after_it()
    {
        var email = await TestTemplates.Confirmation().CreateAsync("sam@example.org", "Sam", ProfileId, Code, BaseUrl);

        Assert.Equal("Confirm your Matchmaker profile", email.Subject);
        Assert.StartsWith("Hello Sam,", email.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Subject:", email.PlainText, StringComparison.Ordinal);
        Assert.Equal("confirmation", email.Category);
        Assert.Equal(new Dictionary<string, string> { ["profileId"] = ProfileId }, email.CustomArgs);
    }

    [Fact]
    public async Task Both_parts_hold_the_one_confirm_link_under_the_base_address_and_nothing_else_secret()
    {
        var email = await TestTemplates.Confirmation().CreateAsync("sam@example.org", "Sam", ProfileId, Code, BaseUrl);

        const string Link = $"https://matchmaker.example/network/api/me#profile={ProfileId}&confirm={Code}";
        Assert.Contains($"    {Link}\n", email.PlainText, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{Link.Replace("&", "&amp;", StringComparison.Ordinal)}\">", email.Html, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(Code, email.PlainText));
        Assert.Equal(1, CountOf(Code, email.Html));
        Assert.DoesNotContain(Code, email.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("token", email.PlainText + email.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Every_naughty_name_is_html_encoded_in_the_html_part_and_changes_nothing_else()
    {
        var confirmation = TestTemplates.Confirmation();
        var baseline = await confirmation.CreateAsync("sam@example.org", Placeholder, ProfileId, Code, BaseUrl);
        Assert.Equal(1, CountOf(Placeholder, baseline.Html));

        foreach (var name in NaughtyNames.All)
        {
            var email = await confirmation.CreateAsync("sam@example.org", name, ProfileId, Code, BaseUrl);

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
        var tags = Tags((await confirmation.CreateAsync("sam@example.org", "Sam", ProfileId, Code, BaseUrl)).Html);
        Assert.NotEmpty(NaughtyNames.Markup);

        foreach (var markup in NaughtyNames.Markup)
        {
            var email = await confirmation.CreateAsync("sam@example.org", markup, markup, markup, BaseUrl);

            Assert.DoesNotContain(markup, email.Html, StringComparison.Ordinal);
            Assert.Contains(HtmlEncoder.Default.Encode(markup), email.Html, StringComparison.Ordinal);
            Assert.Equal(tags, Tags(email.Html));
        }
    }

    [Fact]
    public async Task An_edited_confirmation_template_is_used_for_the_next_email_without_a_restart()
    {
        var confirmation = TestTemplates.Confirmation(copy.Path);
        var before = await confirmation.CreateAsync("sam@example.org", "Sam", ProfileId, Code, BaseUrl);

        copy.Replace("confirmation.text.liquid", "Subject: Confirm your Matchmaker profile", "Subject: Welcome to the network, {{ name }}");
        copy.Replace("confirmation.html.liquid", "Thank you for joining Matchmaker.", "Welcome to the <em>network</em>, {{ name }}.");
        var after = await confirmation.CreateAsync("sam@example.org", "Zoë <3", ProfileId, Code, BaseUrl);

        Assert.Equal("Confirm your Matchmaker profile", before.Subject);
        Assert.Equal("Welcome to the network, Zoë <3", after.Subject);
        Assert.Contains("<p>Welcome to the <em>network</em>, Zo&#xEB; &lt;3. To confirm this email address, open this link and press Confirm:</p>", after.Html, StringComparison.Ordinal);
        Assert.Contains(Code, after.Html, StringComparison.Ordinal);
    }

    private static int CountOf(string part, string text) => text.Split(part).Length - 1;

    /// <summary>The sequence of tag names in an HTML document, which values must never change.</summary>
    private static string Tags(string html) =>
        string.Join(' ', System.Text.RegularExpressions.Regex.Matches(html, "</?([a-zA-Z][a-zA-Z0-9]*)").Select(m => m.Value));
}
