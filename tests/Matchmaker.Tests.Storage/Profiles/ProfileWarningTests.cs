using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matchmaker.Profiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Tests.Storage.Profiles;

/// <summary>
/// Free text that looks like special-category data is not refused: POST and PUT store it as written and answer
/// with a warning naming the field, and the words that matched reach no log.
/// </summary>
public sealed class ProfileWarningTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    private const string SensitiveBio = "Wheelchair user since 2015; I build accessible WordPress sites for housing co-ops.";
    private const string CleanBio = "I build accessible WordPress sites for housing co-ops.";

    [Fact]
    public async Task Create_and_update_warn_about_a_bio_with_a_special_category_term_and_store_every_version_as_written()
    {
        var logs = new CapturedLogs();
        world.App.Services.GetRequiredService<ILoggerFactory>().AddProvider(logs);

        var email = NewEmail();
        using var created = await world.SendAsync(HttpMethod.Post, "/api/profiles", null, Profile(email, SensitiveBio));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var answer = (await created.Content.ReadFromJsonAsync<ProfileCreated>())!;
        var warning = Assert.Single(answer.Warnings);
        Assert.Equal(("bio", "disability"), (warning.Field, warning.Category));
        Assert.Contains("do not have to share it", warning.Message, StringComparison.Ordinal);
        Assert.Equal(SensitiveBio, (await ReadAsync(answer.Id, answer.OwnerToken)).Bio);
        // Confirmed, so the saves below send no confirmation email and count against no hourly limit.
        using var confirmed = await world.SendAsync(HttpMethod.Post, $"/api/profiles/{answer.Id}/confirm", null, new ConfirmInput(world.App.Outbox.LatestCode(email)));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var token = (await confirmed.Content.ReadFromJsonAsync<ConfirmResult>())!.OwnerToken!;

        var cleaned = await PutAsync(answer.Id, token, Profile(email, CleanBio));
        Assert.Empty(cleaned.GetProperty("warnings").EnumerateArray());
        Assert.Equal(CleanBio, cleaned.GetProperty("bio").GetString());
        Assert.Equal(CleanBio, (await ReadAsync(answer.Id, token)).Bio);

        var again = await PutAsync(answer.Id, token, Profile(email, SensitiveBio));
        var warnings = again.GetProperty("warnings").EnumerateArray().ToList();
        Assert.Equal(["bio: disability"], warnings.Select(w => $"{w.GetProperty("field").GetString()}: {w.GetProperty("category").GetString()}"));
        Assert.Equal(SensitiveBio, (await ReadAsync(answer.Id, token)).Bio);

        Assert.DoesNotContain(logs.Messages, m => m.Contains("wheelchair", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_clean_profile_is_created_with_an_empty_list_of_warnings()
    {
        using var created = await world.SendAsync(HttpMethod.Post, "/api/profiles", null, Profile(NewEmail(), CleanBio));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Array, body.GetProperty("warnings").ValueKind);
        Assert.Empty(body.GetProperty("warnings").EnumerateArray());
    }

    private static string NewEmail() => $"warned.{Guid.NewGuid():N}@example.org";

    private static ProfileInput Profile(string email, string bio) => TestProfiles.Valid() with { Email = email, Bio = bio };

    private async Task<JsonElement> PutAsync(string id, string token, ProfileInput body)
    {
        using var response = await world.SendAsync(HttpMethod.Put, $"/api/profiles/{id}", token, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<ProfileView> ReadAsync(string id, string token)
    {
        using var response = await world.SendAsync(HttpMethod.Get, $"/api/profiles/{id}", token);
        return (await response.Content.ReadFromJsonAsync<ProfileView>())!;
    }
}
