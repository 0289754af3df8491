using System.Net;
using System.Net.Http.Json;
using Matchmaker.Email.Unsubscribe;
using Matchmaker.Platform.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Profiles;

/// <summary>An address on the suppression list is never emailed, the confirmation of a sign-up included.</summary>
public sealed class SuppressedSignUpTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    [Fact]
    public async Task A_suppressed_address_signs_up_as_any_other_but_gets_no_confirmation_email()
    {
        var email = $"{EntityId.New()}@example.org";
        await world.App.Services.GetRequiredService<SuppressionList>().SuppressAsync(email, SuppressionReasons.Unsubscribed, default);

        var answer = await world.App.Client.PostAsJsonAsync("/api/profiles", TestProfiles.Valid() with { Email = email });

        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
        Assert.Empty(world.App.Outbox.To(email));
    }
}
