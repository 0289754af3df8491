using Matchmaker.Platform.Credentials;
using Microsoft.AspNetCore.WebUtilities;

namespace Matchmaker.Tests.Unit.Platform;

public sealed class SecretTokenTests
{
    [Fact]
    public void Tokens_carry_256_random_bits_and_never_repeat()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => SecretToken.Create()).ToList();

        Assert.All(tokens, token => Assert.Equal(32, WebEncoders.Base64UrlDecode(token).Length));
        Assert.Equal(tokens.Count, tokens.Distinct().Count());
    }

    [Fact]
    public void A_token_matches_its_own_hash_only()
    {
        var token = SecretToken.Create();
        var hash = SecretToken.Hash(token);

        Assert.True(SecretToken.Matches(token, hash));
        Assert.False(SecretToken.Matches(SecretToken.Create(), hash));
        Assert.False(SecretToken.Matches(token[..^1], hash));
        Assert.DoesNotContain(token, hash, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("token", null)]
    [InlineData("token", "")]
    [InlineData("token", "not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex!")]
    public void Missing_or_malformed_values_never_match(string? token, string? hash) =>
        Assert.False(SecretToken.Matches(token, hash));
}
