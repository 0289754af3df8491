using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matchmaker.Profiles;
using Matchmaker.Profiles.Consents;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Profiles;

/// <summary>Consent keeps its history: a withdrawal is one more record, the grant before it stays (GDPR Art. 7: the controller must be able to show that consent was given).</summary>
public sealed class ConsentHistoryTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    [Fact]
    public async Task Withdrawing_consent_to_introductions_takes_one_request_and_keeps_the_grant_with_both_times_and_the_policy_version()
    {
        var input = TestProfiles.Valid() with { Email = $"consent-{Guid.NewGuid():N}@example.org" };
        var created = await world.CreateProfileAsync(input);

        var withdrawn = await world.SendAsync(HttpMethod.Put, $"/api/profiles/{created.Id}", created.OwnerToken, input with { Consent = new ConsentInput(true, false, true) });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var export = await world.SendAsync(HttpMethod.Get, $"/api/profiles/{created.Id}/export", created.OwnerToken);

        var history = (await export.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("consentHistory").EnumerateArray()
            .Select(c => (Kind: c.GetProperty("kind").GetString(), Granted: c.GetProperty("granted").GetBoolean(), At: c.GetProperty("at").GetDateTimeOffset(), Policy: c.GetProperty("policyVersion").GetString()))
            .ToList();
        Assert.Equal(
            [("introductions", true), ("introductions", false), ("matching", true), ("training", true)],
            history.Select(c => (c.Kind!, c.Granted)).OrderBy(c => c.Item1, StringComparer.Ordinal).ThenByDescending(c => c.Granted));
        var introductions = history.Where(c => c.Kind == "introductions").OrderBy(c => c.At).ToList();
        Assert.True(introductions[0].Granted && !introductions[1].Granted && introductions[1].At > introductions[0].At);
        Assert.All(history, c => Assert.Equal(ConsentLog.PolicyVersion, c.Policy));

        var again = await world.SendAsync(HttpMethod.Put, $"/api/profiles/{created.Id}", created.OwnerToken, input with { Consent = new ConsentInput(true, false, true) });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var unchanged = await world.SendAsync(HttpMethod.Get, $"/api/profiles/{created.Id}/export", created.OwnerToken);
        Assert.Equal(4, (await unchanged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("consentHistory").GetArrayLength());
    }

    [Fact]
    public async Task A_change_whose_logging_failed_after_the_profile_was_saved_is_logged_by_the_next_save()
    {
        var input = TestProfiles.Valid() with { Email = $"consent-{Guid.NewGuid():N}@example.org" };
        var created = await world.CreateProfileAsync(input);
        // The profile saved with training consent withdrawn, as if the log write after it had failed.
        var store = world.App.Services.GetRequiredService<ProfileStore>();
        var profile = (await store.FindAsync(created.Id, default))!;
        profile.ConsentTraining = false;
        await store.ReplaceAsync(profile, profile.ETag, default);

        var saved = await world.SendAsync(HttpMethod.Put, $"/api/profiles/{created.Id}", created.OwnerToken, input with { Consent = new ConsentInput(true, true, false), Bio = "Changed." });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var training = (await world.App.Services.GetRequiredService<ConsentLog>().OfProfileAsync(created.Id, default))
            .Where(c => c.Kind == "training").OrderBy(c => c.RowKey, StringComparer.Ordinal).Select(c => c.Granted).ToList();
        Assert.Equal([true, false], training);
    }
}
