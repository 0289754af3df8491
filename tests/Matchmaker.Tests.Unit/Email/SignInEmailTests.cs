using System.Text.RegularExpressions;

namespace Matchmaker.Tests.Unit.Email;

public sealed partial class SignInEmailTests
{
    private const string ProfileId = "0123456789abcdef0123456789abcdef";
    private const string Code = "Tq9xv3-signin_code_example";

    [Fact]
    public async Task Each_part_has_exactly_one_link_with_the_sign_in_code_in_its_fragment_and_no_token()
    {
        var email = await TestTemplates.SignIn().CreateAsync("sam@example.org", "Sam", ProfileId, Code, new Uri("https://coops.example/mm/"));

        var link = $"https://coops.example/mm/api/me#profile={ProfileId}&signin={Code}";
        Assert.Equal("Sign in to Matchmaker", email.Subject);
        Assert.Equal("sign-in", email.Category);
        Assert.Equal([link], Links().Matches(email.PlainText).Select(m => m.Value));
        Assert.Equal([link], Hrefs().Matches(email.Html).Select(m => m.Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal)));
        Assert.Equal(1, email.Html.Split(Code).Length - 1);
        Assert.DoesNotContain("token", email.PlainText + email.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(email.CustomArgs.Values, value => value.Contains(Code, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_name_with_markup_is_encoded_in_the_html()
    {
        var email = await TestTemplates.SignIn().CreateAsync("sam@example.org", "<b>Sam</b>", ProfileId, Code, new Uri("https://coops.example/"));

        Assert.Contains("&lt;b&gt;Sam&lt;/b&gt;", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", email.Html, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Links();

    [GeneratedRegex(@"href=""([^""]*)""")]
    private static partial Regex Hrefs();
}
