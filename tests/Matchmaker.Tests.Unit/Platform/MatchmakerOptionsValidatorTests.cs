namespace Matchmaker.Tests.Unit.Platform;

public sealed class MatchmakerOptionsValidatorTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("0123456789abcdef0123456789abcde", false)]
    [InlineData("0123456789abcdef0123456789abcdef", true)]
    public void A_coordinator_key_shorter_than_32_characters_is_refused_and_none_is_allowed(string? key, bool accepted)
    {
        var result = new MatchmakerOptionsValidator().Validate(null, new MatchmakerOptions { CoordinatorKey = key });

        Assert.Equal(accepted, result.Succeeded);
        if (!accepted)
        {
            Assert.Contains("Matchmaker:CoordinatorKey is 31 characters long; it must have at least 32.", result.FailureMessage, StringComparison.Ordinal);
        }
    }
}
