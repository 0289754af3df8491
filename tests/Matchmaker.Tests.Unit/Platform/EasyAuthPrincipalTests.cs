using System.Text;
using Matchmaker.Platform.Auth;

namespace Matchmaker.Tests.Unit.Platform;

public sealed class EasyAuthPrincipalTests
{
    [Fact]
    public void A_principal_with_the_coordinator_role_claim_is_a_coordinator() =>
        Assert.True(EasyAuthPrincipal.HasCoordinatorRole(Encode("""
            {"auth_typ":"aad","name_typ":"name","role_typ":"roles","claims":[{"typ":"name","val":"Ada"},{"typ":"roles","val":"coordinator"}]}
            """)));

    [Theory]
    [InlineData("""{"role_typ":"roles","claims":[{"typ":"roles","val":"reader"}]}""")]
    [InlineData("""{"role_typ":"roles","claims":[{"typ":"name","val":"coordinator"}]}""")]
    [InlineData("""{"claims":"not-a-list"}""")]
    [InlineData("""[]""")]
    public void Other_principals_are_not(string json) =>
        Assert.False(EasyAuthPrincipal.HasCoordinatorRole(Encode(json)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("bm90IGpzb24=")]
    public void Missing_or_garbled_headers_are_not(string? header) =>
        Assert.False(EasyAuthPrincipal.HasCoordinatorRole(header));

    private static string Encode(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
}
