using System.Text.RegularExpressions;
using Matchmaker.Email;

namespace Matchmaker.Tests.Unit.Email;

public sealed partial class ConfirmationEmailTests
{
    private const string ProfileId = "p-0123456789abcdef";
    private const string Code = "482913";
    private static readonly Uri BaseUrl = new("https://matchmaker.example");
    private static readonly ConfirmationEmail Confirmation = TestTemplates.Confirmation();

    [Fact]
    public async Task A_name_with_markup_is_encoded_in_the_html_and_appears_raw_nowhere_in_it()
    {
        var email = await Confirmation.CreateAsync("sam@example.org", "<script>alert(1)</script>", ProfileId, Code, BaseUrl);

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", email.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert(1)</", email.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_value_is_encoded_in_the_html()
    {
        var email = await Confirmation.CreateAsync("sam@example.org", "Zoë & \"friends\"", "id<b>", "<i>code</i>", BaseUrl);

        Assert.DoesNotContain("<b>", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", email.Html, StringComparison.Ordinal);
        Assert.Contains("Zo&#xEB; &amp; &quot;friends&quot;", email.Html, StringComparison.Ordinal);
        Assert.Contains("Zoë & \"friends\"", email.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_part_has_exactly_one_link_to_the_persons_page_with_the_id_and_code_in_its_fragment()
    {
        var email = await Confirmation.CreateAsync("sam@example.org", "Sam Example", ProfileId, Code, BaseUrl);

        var link = $"https://matchmaker.example/api/me#profile={ProfileId}&confirm={Code}";
        Assert.Equal([link], Links().Matches(email.PlainText).Select(m => m.Value));
        Assert.Equal([link], Hrefs().Matches(email.Html).Select(m => m.Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal)));
        Assert.Contains("open this link and press Confirm", email.PlainText.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.Contains("open this link and press Confirm", email.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_holds_no_code_to_copy_no_json_and_no_owner_token()
    {
        var email = await Confirmation.CreateAsync("sam@example.org", "Sam Example", ProfileId, Code, BaseUrl);

        Assert.DoesNotContain(Code, email.Subject, StringComparison.Ordinal);
        foreach (var part in new[] { email.PlainText, email.Html })
        {
            Assert.Equal(1, part.Split(Code).Length - 1);
            Assert.DoesNotContain("token", part, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("{", part, StringComparison.Ordinal);
            Assert.DoesNotContain("POST", part, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("https://coops.example/matchmaker/", "https://coops.example/matchmaker/api/me#profile=")]
    [InlineData("https://coops.example/matchmaker", "https://coops.example/matchmaker/api/me#profile=")]
    [InlineData("http://localhost:7071/", "http://localhost:7071/api/me#profile=")]
    public async Task Links_keep_the_base_address_path_with_or_without_a_trailing_slash(string baseUrl, string expected)
    {
        var email = await Confirmation.CreateAsync("sam@example.org", "Sam", ProfileId, Code, new Uri(baseUrl));

        Assert.Contains($"{expected}{ProfileId}&confirm={Code}", email.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_goes_to_the_person_as_a_confirmation_without_unsubscribe_headers()
    {
        var email = await Confirmation.CreateAsync("sam@example.org", "Sam Example", ProfileId, Code, BaseUrl);

        Assert.Equal("sam@example.org", email.To);
        Assert.Equal("Sam Example", email.ToName);
        Assert.Equal("confirmation", email.Category);
        Assert.Null(email.UnsubscribeUrl);
        Assert.Empty(email.Cc);
        Assert.Equal(ProfileId, email.CustomArgs["profileId"]);
        Assert.DoesNotContain(email.CustomArgs.Values, value => value.Contains('@', StringComparison.Ordinal) || value == Code);
        Assert.DoesNotContain(Code, email.Subject, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Links();

    [GeneratedRegex(@"href=""([^""]*)""")]
    private static partial Regex Hrefs();
}
