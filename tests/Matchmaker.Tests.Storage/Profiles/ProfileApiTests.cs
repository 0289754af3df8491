using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Matchmaker.Platform.Storage;
using Matchmaker.Profiles;

namespace Matchmaker.Tests.Storage.Profiles;

[Collection(AzuriteTests.Name)]
public sealed class ProfileApiTests(AzuriteFixture azurite) : SharedAzuriteAppTests(azurite)
{
    [Fact]
    public async Task A_created_profile_round_trips_for_its_owner()
    {
        var input = TestProfiles.Valid();

        var response = await App.Client.PostAsJsonAsync("/api/profiles", input);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<ProfileCreated>();
        Assert.Equal(ProfileStatus.PendingConfirmation, created!.Status);
        Assert.True(Convert.FromBase64String(created.OwnerToken.Replace('-', '+').Replace('_', '/') + "=").Length >= 16);

        var view = await GetAsync(created.Id, created.OwnerToken);
        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        Assert.NotNull(view.Headers.ETag);
        var profile = await view.Content.ReadFromJsonAsync<ProfileView>();
        Assert.Equal(input.Name, profile!.Name);
        Assert.Equal(input.Email, profile.Email);
        Assert.Equal(input.Location, profile.Location);
        Assert.Equal(input.DaysPerWeek, profile.DaysPerWeek);
        Assert.Equal(input.IncomeTarget, profile.IncomeTarget);
        Assert.Equal(["WordPress", "Linux"], profile.Skills.Select(s => s.Name));
        Assert.Equal(["advanced", "expert"], profile.Skills.Select(s => s.Level));
        Assert.Equal(input.Interests, profile.Interests);
        Assert.Equal(input.WantsToLearn, profile.WantsToLearn);
        Assert.Equal(input.Bio, profile.Bio);
        Assert.Equal(input.Consent, profile.Consent);
    }

    [Fact]
    public async Task The_owner_token_is_stored_only_as_a_hash()
    {
        var created = await CreateAsync();

        var stored = new List<TableEntity>();
        foreach (var table in StorageNames.Tables)
        {
            await foreach (var row in Azurite.Tables.GetTableClient(table).QueryAsync<TableEntity>())
            {
                stored.Add(row);
            }
        }

        Assert.DoesNotContain(stored, row => ((IDictionary<string, object>)row).Values.OfType<string>().Append(row.PartitionKey).Append(row.RowKey)
            .Any(text => text.Contains(created.OwnerToken, StringComparison.Ordinal)));
        Assert.Contains(stored, row => row.PartitionKey == Matchmaker.Platform.Credentials.SecretToken.Hash(created.OwnerToken));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-the-token")]
    public async Task Without_the_owner_token_a_profile_answers_404(string? token)
    {
        var created = await CreateAsync();

        var response = await GetAsync(created.Id, token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Another_owners_token_answers_404_like_an_unknown_id()
    {
        var mine = await CreateAsync();
        var theirs = await CreateAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(theirs.Id, mine.OwnerToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("0123456789abcdef0123456789abcdef", mine.OwnerToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("%2E%2E%2Fetc", mine.OwnerToken)).StatusCode);
    }

    [Fact]
    public async Task Invalid_fields_answer_400_problem_json_naming_each_field_and_store_nothing()
    {
        var before = await CountProfilesAsync();
        var body = """
            { "name": "", "email": "sam@example.org\r\nBcc: x@example.org", "location": { "country": "England", "remote": "anywhere" },
              "daysPerWeek": 6, "skills": [ { "name": "PHP", "level": "guru" } ], "bio": "ok" }
            """;

        var response = await PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "name", "email", "location.country", "location.remote", "daysPerWeek", "skills[0].level" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"missing error for {field}: {errors}");
        }

        Assert.Equal(before, await CountProfilesAsync());
    }

    [Theory]
    [InlineData("""{ "id": "mine" }""", "id")]
    [InlineData("""{ "status": "active" }""", "status")]
    [InlineData("""{ "ownerToken": "x" }""", "ownerToken")]
    [InlineData("""{ "name": 5 }""", "name")]
    [InlineData("""{ "skills": [ { "name": "PHP", "years": 3 } ] }""", "skills[0].years")]
    [InlineData("""{ "name": "unterminated""", "name")]
    [InlineData("[]", "body")]
    [InlineData("", "body")]
    public async Task Server_owned_unknown_or_malformed_fields_are_refused_by_name(string body, string field)
    {
        var response = await PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"expected an error for {field}: {errors}");
    }

    [Fact]
    public async Task A_body_over_64_KiB_answers_413()
    {
        var input = TestProfiles.Valid() with { Bio = new string('a', 70_000) };

        var response = await App.Client.PostAsJsonAsync("/api/profiles", input);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("text/plain")]
    public async Task A_body_sent_as_anything_but_json_answers_415_and_makes_no_profile(string contentType)
    {
        var email = $"form-{Guid.NewGuid():N}@example.org";
        var json = JsonSerializer.Serialize(TestProfiles.Valid() with { Email = email }, Matchmaker.Platform.Http.MatchmakerJson.Options);
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        var response = await App.Client.PostAsync("/api/profiles", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        foreach (var table in StorageNames.Tables)
        {
            await foreach (var row in Azurite.Tables.GetTableClient(table).QueryAsync<TableEntity>())
            {
                Assert.DoesNotContain(email, string.Join(" ", ((IDictionary<string, object>)row).Values.OfType<string>()), StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    private async Task<ProfileCreated> CreateAsync()
    {
        var response = await App.Client.PostAsJsonAsync("/api/profiles", TestProfiles.Valid());
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ProfileCreated>())!;
    }

    private Task<HttpResponseMessage> PostRawAsync(string body) =>
        App.Client.PostAsync("/api/profiles", new StringContent(body, Encoding.UTF8, "application/json"));

    private Task<HttpResponseMessage> GetAsync(string id, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/profiles/{id}");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return App.Client.SendAsync(request);
    }

    private async Task<int> CountProfilesAsync()
    {
        var count = 0;
        await foreach (var _ in Azurite.Tables.GetTableClient(StorageNames.ProfilesTable).QueryAsync<TableEntity>(select: ["PartitionKey"]))
        {
            count++;
        }

        return count;
    }
}
