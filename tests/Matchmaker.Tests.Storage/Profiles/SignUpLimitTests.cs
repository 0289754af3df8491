using System.Net;
using System.Net.Http.Json;
using Matchmaker.Platform.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Profiles;

/// <summary>The hourly limit of confirmation emails per address at its default of 3.</summary>
public sealed class SignUpLimitTests(SignUpLimitTests.World world) : IClassFixture<SignUpLimitTests.World>
{
    [Fact]
    public async Task Twenty_sign_ups_for_one_address_send_at_most_three_emails_and_the_rest_are_refused_with_retry_after()
    {
        var email = $"{EntityId.New()}@example.org";

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 20; i++)
        {
            answers.Add(await world.App.Client.PostAsJsonAsync("/api/profiles", TestProfiles.Valid() with { Email = email }));
        }

        Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a =>
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, a.StatusCode);
            Assert.Equal("application/problem+json", a.Content.Headers.ContentType?.MediaType);
            Assert.True(a.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 and <= 3600 }, "Retry-After says when, within the hour.");
        });
        Assert.Equal(3, world.App.Outbox.To(email).Count);
    }

    [Fact]
    public async Task An_owner_moving_to_a_new_address_sends_it_at_most_three_confirmation_links_an_hour_and_a_refused_save_stores_nothing()
    {
        var created = await world.CreateConfirmedProfileAsync(TestProfiles.Valid() with { Email = $"{EntityId.New()}@example.org" });
        var moved = $"{EntityId.New()}@example.org";

        var saves = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var save = await world.SendAsync(HttpMethod.Put, $"/api/profiles/{created.Id}", created.OwnerToken, TestProfiles.Valid() with { Email = moved, Name = $"Sam {i}" });
            saves.Add(save.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], saves);
        Assert.Equal(3, world.App.Outbox.To(moved).Count);
        var stored = await world.SendAsync(HttpMethod.Get, $"/api/profiles/{created.Id}", created.OwnerToken);
        Assert.Equal("Sam 2", (await stored.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("name").GetString());
    }

    /// <summary>An app with the per-address limit at its default, and its own storage account (its counts are its own).</summary>
    public sealed class World : ApiWorld
    {
        protected override IEnumerable<string> Settings => [.. base.Settings, "--Matchmaker:Limits:EmailsPerAddressPerHour=3"];

        // The counts are per clock hour: a clock standing mid-hour keeps every request of a test in one hour.
        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddSingleton<TimeProvider>(new ManualTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero)));
    }
}
