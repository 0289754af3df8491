using Matchmaker.Email;

namespace Matchmaker.Tests.Unit.Email;

public sealed class ConfirmationEmailTests
{
    private const string ProfileId = "p-0123456789abcdef";
    private const string Code = "482913";
    private const string Token = "Tq9xv3-owner_token_example";
    private static readonly Uri BaseUrl = new("https://matchmaker.example");
    private static readonly ConfirmationEmail Confirmation = TestTemplates.Confirmation();

    [Fact]
    public async Task A_name_with_markup_is_encoded_in_the_html_and_appears_raw_nowhere_in_it()
    {
        var email = await Confirmation.CreateAsync("sam@example.org", "<script>alert(1)</script>", ProfileId, Code, Token, BaseUrl);

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", email.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert(1)</", email.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_value_is_encoded_in_the_html()
    {
        var email = await Confirmation.CreateAsync("sam@example.org", "Zoë & \"friends\"", "id<b>", "<i>code</i>", "tok\"en", BaseUrl);

        Assert.DoesNotContain("<b>", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("tok\"en", email.Html, StringComparison.Ordinal);
        Assert.Contains("Zo&#xEB; &amp; &quot;friends&quot;", email.Html, StringComparison.Ordinal);
        Assert.Contains("Zoë & \"friends\"", email.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_code_and_profile_id_are_in_both_parts()
    {
        var email = await Confirmation.CreateAsync("sam@example.org", "Sam Example", ProfileId, Code, Token, BaseUrl);

        Assert.Contains(Code, email.PlainText, StringComparison.Ordinal);
        Assert.Contains(Code, email.Html, StringComparison.Ordinal);
        Assert.Contains(ProfileId, email.PlainText, StringComparison.Ordinal);
        Assert.Contains(ProfileId, email.Html, StringComparison.Ordinal);
        Assert.Contains($">{Code}</p>", email.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_says_how_to_confirm_and_links_the_profile_with_the_owner_token_in_the_fragment()
    {
        var email = await Confirmation.CreateAsync("sam@example.org", "Sam Example", ProfileId, Code, Token, BaseUrl);

        var profileLink = $"https://matchmaker.example/api/profiles/{ProfileId}#token={Token}";
        Assert.Contains(profileLink, email.PlainText, StringComparison.Ordinal);
        Assert.Contains($"href=\"{profileLink}\"", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("?token", email.PlainText + email.Html, StringComparison.Ordinal);
        Assert.Contains("owner token", email.PlainText, StringComparison.Ordinal);
        Assert.Contains("private key", email.PlainText, StringComparison.Ordinal);

        Assert.Contains($"POST https://matchmaker.example/api/profiles/{ProfileId}/confirm", email.PlainText, StringComparison.Ordinal);
        Assert.Contains($"{{\"code\": \"{Code}\"}}", email.PlainText, StringComparison.Ordinal);
        Assert.Contains($"POST https://matchmaker.example/api/profiles/{ProfileId}/confirm", email.Html, StringComparison.Ordinal);
        Assert.Contains($"{{&quot;code&quot;: &quot;{Code}&quot;}}", email.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://coops.example/matchmaker/", "https://coops.example/matchmaker/api/profiles/")]
    [InlineData("https://coops.example/matchmaker", "https://coops.example/matchmaker/api/profiles/")]
    [InlineData("http://localhost:7071/", "http://localhost:7071/api/profiles/")]
    public async Task Links_keep_the_base_address_path_with_or_without_a_trailing_slash(string baseUrl, string expected)
    {
        var email = await Confirmation.CreateAsync("sam@example.org", "Sam", ProfileId, Code, Token, new Uri(baseUrl));

        Assert.Contains($"{expected}{ProfileId}#token=", email.PlainText, StringComparison.Ordinal);
        Assert.Contains($"{expected}{ProfileId}/confirm", email.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_goes_to_the_person_as_a_confirmation_without_unsubscribe_headers()
    {
        var email = await Confirmation.CreateAsync("sam@example.org", "Sam Example", ProfileId, Code, Token, BaseUrl);

        Assert.Equal("sam@example.org", email.To);
        Assert.Equal("Sam Example", email.ToName);
        Assert.Equal("confirmation", email.Category);
        Assert.Null(email.UnsubscribeUrl);
        Assert.Empty(email.Cc);
        Assert.Equal(ProfileId, email.CustomArgs["profileId"]);
        Assert.DoesNotContain(email.CustomArgs.Values, value => value.Contains('@', StringComparison.Ordinal) || value == Token);
        Assert.DoesNotContain(Code, email.Subject, StringComparison.Ordinal);
    }
}
