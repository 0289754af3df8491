using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matchmaker.Profiles;
using Matchmaker.Profiles.SignIn;

namespace Matchmaker.Tests.Storage.Profiles;

/// <summary>Signing in again by email: the same answer for any address, single-use codes that expire, limits, and signing out other devices.</summary>
public sealed class SignInTests(SignInWorld world) : IClassFixture<SignInWorld>
{
    [Fact]
    public async Task Known_and_unknown_addresses_get_the_same_202_and_only_the_known_active_profile_is_emailed()
    {
        var (created, email) = await ActiveAsync();
        var unknown = $"{Guid.NewGuid():N}@example.org";
        var before = world.App.Outbox.All().Count;

        var known = await world.RequestSignInAsync(email.ToUpperInvariant());
        var other = await world.RequestSignInAsync(unknown);

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted), (known.StatusCode, other.StatusCode));
        Assert.Equal("{}", await known.Content.ReadAsStringAsync());
        Assert.Equal(await known.Content.ReadAsStringAsync(), await other.Content.ReadAsStringAsync());
        Assert.Equal(before + 1, world.App.Outbox.All().Count);
        Assert.Empty(world.App.Outbox.To(unknown));
        var mail = world.App.Outbox.To(email)[^1];
        Assert.Equal("Sign in to Matchmaker", mail.Header("Subject"));
        var text = mail.Parts.First(p => p.ContentType.StartsWith("text/plain", StringComparison.Ordinal)).Text;
        Assert.Contains($"/api/me#profile={created.Id}&signin=", text, StringComparison.Ordinal);
        Assert.DoesNotContain(created.OwnerToken, string.Concat(mail.Parts.Select(p => p.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Something_that_is_not_an_address_answers_400_naming_email()
    {
        var response = await world.RequestSignInAsync("not an address");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("email", out _));
    }

    [Fact]
    public async Task A_sign_in_code_gives_a_new_working_owner_token_once()
    {
        var (created, email) = await ActiveAsync();
        await world.RequestSignInAsync(email);
        var code = world.App.Outbox.LatestSignInCode(email);

        var first = await world.SignInAsync(created.Id, code);
        var again = await world.SignInAsync(created.Id, code);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var token = (await first.Content.ReadFromJsonAsync<SignedIn>())!.OwnerToken;
        Assert.NotEqual(created.OwnerToken, token);
        Assert.Equal(HttpStatusCode.OK, (await world.SendAsync(HttpMethod.Get, $"/api/profiles/{created.Id}", token)).StatusCode);
        await AssertCodeRefusedAsync(again);
        Assert.Equal(HttpStatusCode.NotFound, (await world.SignInAsync("0123456789abcdef0123456789abcdef", code)).StatusCode);
    }

    [Fact]
    public async Task A_sign_in_code_expires_after_an_hour()
    {
        var (created, email) = await ActiveAsync();
        await world.RequestSignInAsync(email);
        var code = world.App.Outbox.LatestSignInCode(email);

        world.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

        await AssertCodeRefusedAsync(await world.SignInAsync(created.Id, code));
    }

    [Fact]
    public async Task Each_of_two_sign_in_links_works_once_whichever_email_the_person_opens()
    {
        var (created, email) = await ActiveAsync();
        await world.RequestSignInAsync(email);
        var older = world.App.Outbox.LatestSignInCode(email);
        await world.RequestSignInAsync(email);
        var newer = world.App.Outbox.LatestSignInCode(email);

        Assert.NotEqual(older, newer);
        Assert.Equal(HttpStatusCode.OK, (await world.SignInAsync(created.Id, older)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.SignInAsync(created.Id, newer)).StatusCode);
        await AssertCodeRefusedAsync(await world.SignInAsync(created.Id, older));
        await AssertCodeRefusedAsync(await world.SignInAsync(created.Id, newer));
    }

    [Fact]
    public async Task A_profile_waiting_for_confirmation_is_sent_a_fresh_confirmation_link_instead()
    {
        var email = $"{Guid.NewGuid():N}@example.org";
        var created = await world.CreateProfileAsync(TestProfiles.Valid() with { Email = email });
        var firstCode = world.App.Outbox.LatestCode(email);

        Assert.Equal(HttpStatusCode.Accepted, (await world.RequestSignInAsync(email)).StatusCode);

        var mails = world.App.Outbox.To(email);
        Assert.Equal(2, mails.Count);
        Assert.All(mails, m => Assert.Equal("Confirm your Matchmaker profile", m.Header("Subject")));
        var freshCode = world.App.Outbox.LatestCode(email);
        Assert.NotEqual(firstCode, freshCode);
        var confirmed = await world.SendAsync(HttpMethod.Post, $"/api/profiles/{created.Id}/confirm", null, new ConfirmInput(freshCode));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
    }

    [Fact]
    public async Task An_address_is_sent_three_confirmation_and_sign_in_emails_an_hour_and_a_further_request_answers_429_with_retry_after_and_sends_nothing()
    {
        // The counts are per clock hour: start well inside one, so the test's requests all fall in the same hour.
        var now = world.Clock.GetUtcNow();
        world.Clock.Advance(TimeSpan.FromMinutes(60 - now.Minute) - TimeSpan.FromSeconds(now.Second) + TimeSpan.FromMinutes(1));
        var (_, email) = await ActiveAsync();
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await world.RequestSignInAsync(email)).StatusCode);
        }

        var refused = await world.RequestSignInAsync(email);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        now = world.Clock.GetUtcNow();
        var nextHour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddHours(1);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, nextHour - now - TimeSpan.FromSeconds(2), nextHour - now + TimeSpan.FromSeconds(1));
        Assert.Equal(3, world.App.Outbox.To(email).Count);

        // Unknown addresses are limited the same way, so a refusal says nothing about whether one is known.
        var unknown = $"{Guid.NewGuid():N}@example.org";
        for (var i = 0; i < 3; i++)
        {
            await world.RequestSignInAsync(unknown);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await world.RequestSignInAsync(unknown)).StatusCode);
    }

    [Fact]
    public async Task Signing_out_others_stops_every_other_owner_token_and_keeps_the_callers()
    {
        var (created, email) = await ActiveAsync();
        await world.RequestSignInAsync(email);
        var signedIn = (await (await world.SignInAsync(created.Id, world.App.Outbox.LatestSignInCode(email))).Content.ReadFromJsonAsync<SignedIn>())!.OwnerToken;
        var other = await world.CreateConfirmedProfileAsync(TestProfiles.Valid() with { Email = $"{Guid.NewGuid():N}@example.org" });

        var response = await world.SendAsync(HttpMethod.Post, $"/api/profiles/{created.Id}/sign-out-others", signedIn);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The token from creating the profile and the one from confirming it.
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<SignedOutOthers>())!.SignedOut);
        Assert.Equal(HttpStatusCode.OK, (await world.SendAsync(HttpMethod.Get, $"/api/profiles/{created.Id}", signedIn)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.SendAsync(HttpMethod.Get, $"/api/profiles/{created.Id}", created.OwnerToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.SendAsync(HttpMethod.Get, $"/api/profiles/{other.Id}", other.OwnerToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.SendAsync(HttpMethod.Post, $"/api/profiles/{created.Id}/sign-out-others", other.OwnerToken)).StatusCode);
    }

    [Fact]
    public async Task After_an_address_change_only_the_new_address_can_sign_in()
    {
        var (created, oldAddress) = await ActiveAsync();
        var newAddress = $"{Guid.NewGuid():N}@example.org";
        var put = await world.SendAsync(HttpMethod.Put, $"/api/profiles/{created.Id}", created.OwnerToken, TestProfiles.Valid() with { Email = newAddress });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        await world.SendAsync(HttpMethod.Post, $"/api/profiles/{created.Id}/confirm", null, new ConfirmInput(world.App.Outbox.LatestCode(newAddress)));
        var toOld = world.App.Outbox.To(oldAddress).Count;

        await world.RequestSignInAsync(oldAddress);
        await world.RequestSignInAsync(newAddress);

        Assert.Equal(toOld, world.App.Outbox.To(oldAddress).Count);
        Assert.Equal("Sign in to Matchmaker", world.App.Outbox.To(newAddress)[^1].Header("Subject"));
    }

    private async Task<(ProfileCreated Created, string Email)> ActiveAsync()
    {
        var email = $"{Guid.NewGuid():N}@example.org";
        return (await world.CreateConfirmedProfileAsync(TestProfiles.Valid() with { Email = email }), email);
    }

    private static async Task AssertCodeRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("code", out _));
    }
}
