using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Matchmaker.Platform.Storage;
using Matchmaker.Profiles;
using Matchmaker.Tests.Storage.Matching;

namespace Matchmaker.Tests.Storage.Profiles;

/// <summary>A newcomer's whole life: sign up, confirm from the email, edit, export, erase.</summary>
public sealed class ProfileLifecycleTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    [Fact]
    public async Task A_new_profile_gets_one_confirmation_email_whose_code_activates_it_and_starts_matching()
    {
        var email = $"{Guid.NewGuid():N}@example.org";
        var created = await world.CreateProfileAsync(TestProfiles.Valid() with { Email = email });

        var mails = world.App.Outbox.To(email);
        Assert.Single(mails);
        var code = world.App.Outbox.LatestCode(email);
        // Each part holds exactly one link, to the person's page with the id and code in its fragment, and nothing else secret.
        var link = $"/api/me#profile={created.Id}&confirm={code}";
        Assert.All(mails[0].Parts, part =>
        {
            var text = part.Text.Replace("&amp;", "&", StringComparison.Ordinal);
            var only = Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "https?://[^\\s<>\"]+"));
            Assert.EndsWith(link, only.Value, StringComparison.Ordinal);
            Assert.Equal(1, text.Split(code).Length - 1);
            Assert.DoesNotContain(created.OwnerToken, part.Text, StringComparison.Ordinal);
        });
        Assert.DoesNotContain(created.OwnerToken, mails[0].Raw, StringComparison.Ordinal);

        var wrong = await world.SendAsync(HttpMethod.Post, $"/api/profiles/{created.Id}/confirm", null, new ConfirmInput("not-the-code"));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(ProfileStatus.PendingConfirmation, (await ReadAsync(created)).Status);

        var confirmed = await world.SendAsync(HttpMethod.Post, $"/api/profiles/{created.Id}/confirm", null, new ConfirmInput(code));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var result = (await confirmed.Content.ReadFromJsonAsync<ConfirmResult>())!;
        Assert.Equal(ProfileStatus.Active, result.Status);
        Assert.False(string.IsNullOrEmpty(result.OwnerToken));
        Assert.NotEqual(created.OwnerToken, result.OwnerToken);
        Assert.Equal(HttpStatusCode.OK, (await world.SendAsync(HttpMethod.Get, $"/api/profiles/{created.Id}", result.OwnerToken)).StatusCode);

        // Confirming again with the same code is fine, but no token is handed out twice for one code.
        var again = await world.SendAsync(HttpMethod.Post, $"/api/profiles/{created.Id}/confirm", null, new ConfirmInput(code));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        using (var body = JsonDocument.Parse(await again.Content.ReadAsStringAsync()))
        {
            Assert.Equal("active", body.RootElement.GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("ownerToken").ValueKind);
        }

        // Neither token was ever emailed.
        var mailText = string.Concat(world.App.Outbox.To(email).SelectMany(m => m.Parts).Select(p => p.Text));
        Assert.DoesNotContain(created.OwnerToken, mailText, StringComparison.Ordinal);
        Assert.DoesNotContain(result.OwnerToken!, mailText, StringComparison.Ordinal);

        var profile = await ReadAsync(created);
        Assert.Equal(ProfileStatus.Active, profile.Status);
        var tables = new TableServiceClient(world.StorageConnectionString);
        await Eventually.TrueAsync(async () => (await SkillIndexRows.OfAsync(tables, created.Id)).Count == 4, "the confirmed profile is indexed for matching");
        Assert.Single(world.App.Outbox.To(email));
    }

    [Fact]
    public async Task Confirming_an_unknown_profile_answers_404()
    {
        var response = await world.SendAsync(HttpMethod.Post, "/api/profiles/0123456789abcdef0123456789abcdef/confirm", null, new ConfirmInput("x"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Put_replaces_the_profile_and_honours_if_match()
    {
        var created = await world.CreateProfileAsync();
        var first = await world.SendAsync(HttpMethod.Get, $"/api/profiles/{created.Id}", created.OwnerToken);
        var etag = first.Headers.ETag!.ToString();

        var changed = TestProfiles.Valid() with { Name = "Sam Changed", Bio = "New bio" };
        var put = await PutAsync(created, changed, etag);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.NotEqual(etag, put.Headers.ETag!.ToString());
        var view = (await put.Content.ReadFromJsonAsync<ProfileView>())!;
        Assert.Equal(("Sam Changed", "New bio", 2), (view.Name, view.Bio, view.Version));

        var stale = await PutAsync(created, changed with { Name = "Lost update" }, etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("Sam Changed", (await ReadAsync(created)).Name);
    }

    [Fact]
    public async Task A_new_email_address_must_be_confirmed_again_and_only_gets_the_confirmation()
    {
        var created = await world.CreateProfileAsync();
        var firstCode = world.App.Outbox.LatestCode("sam@example.org");
        await world.SendAsync(HttpMethod.Post, $"/api/profiles/{created.Id}/confirm", null, new ConfirmInput(firstCode));
        var newAddress = $"{Guid.NewGuid():N}@example.org";

        var put = await PutAsync(created, TestProfiles.Valid() with { Email = newAddress }, null);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(ProfileStatus.PendingConfirmation, (await ReadAsync(created)).Status);
        var mails = world.App.Outbox.To(newAddress);
        Assert.Single(mails);
        Assert.Contains("Confirm", mails[0].Header("Subject"), StringComparison.Ordinal);
        var code = world.App.Outbox.LatestCode(newAddress);

        // The code sent to the earlier address cannot confirm the new one.
        var withOldCode = await world.SendAsync(HttpMethod.Post, $"/api/profiles/{created.Id}/confirm", null, new ConfirmInput(firstCode));
        Assert.Equal(HttpStatusCode.BadRequest, withOldCode.StatusCode);
        Assert.Equal(ProfileStatus.PendingConfirmation, (await ReadAsync(created)).Status);
        Assert.Equal(HttpStatusCode.OK, (await world.SendAsync(HttpMethod.Post, $"/api/profiles/{created.Id}/confirm", null, new ConfirmInput(code))).StatusCode);
    }

    [Fact]
    public async Task Export_returns_everything_held_about_the_person()
    {
        var created = await world.CreateProfileAsync();

        var export = await world.SendAsync(HttpMethod.Get, $"/api/profiles/{created.Id}/export", created.OwnerToken);

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var body = await export.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("sam@example.org", body.GetProperty("profile").GetProperty("email").GetString());
        // The owner token and the code of the confirmation email, by kind: never the secrets.
        Assert.Equal(
            ["confirmation", "owner"],
            body.GetProperty("credentials").EnumerateArray().Select(c => c.GetProperty("kind").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal("sent", Assert.Single(body.GetProperty("accountEmails").EnumerateArray()).GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Array, body.GetProperty("skillIndex").ValueKind);
        Assert.DoesNotContain(created.OwnerToken, body.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasure_leaves_no_row_in_any_table_that_holds_the_email_or_the_name()
    {
        var name = $"Erasable {Guid.NewGuid():N}";
        var email = $"{Guid.NewGuid():N}@example.org";
        var created = await world.CreateProfileAsync(TestProfiles.Valid() with { Name = name, Email = email });
        await world.SendAsync(HttpMethod.Post, $"/api/profiles/{created.Id}/confirm", null, new ConfirmInput(world.App.Outbox.LatestCode(email)));
        var tables = new TableServiceClient(world.StorageConnectionString);
        await Eventually.TrueAsync(async () => (await SkillIndexRows.OfAsync(tables, created.Id)).Count == 4, "the profile is indexed");
        var signInRows = new List<TableEntity>();
        await foreach (var row in tables.GetTableClient(StorageNames.EmailIndexTable).QueryAsync<TableEntity>(r => r.RowKey == created.Id))
        {
            signInRows.Add(row);
        }

        // The sign-in index has the profile under a hash of its address, never the address itself.
        var indexed = Assert.Single(signInRows);
        Assert.Matches("^[0-9a-f]{64}$", indexed.PartitionKey);
        Assert.DoesNotContain(email, string.Join('|', ((IDictionary<string, object>)indexed).Values), StringComparison.OrdinalIgnoreCase);

        // Erased once matching has settled: rows a run under way writes after an erasure are swept later (ProfileMatchingTests).
        await world.DrainedAsync();

        var deleted = await world.SendAsync(HttpMethod.Delete, $"/api/profiles/{created.Id}", created.OwnerToken);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var mentions = new List<string>();
        foreach (var table in StorageNames.Tables)
        {
            await foreach (var row in tables.GetTableClient(table).QueryAsync<TableEntity>())
            {
                var text = string.Join('|', ((IDictionary<string, object>)row).Values.Select(v => v?.ToString()).Append(row.PartitionKey).Append(row.RowKey));
                if (text.Contains(email, StringComparison.OrdinalIgnoreCase) || text.Contains(name, StringComparison.Ordinal) || text.Contains(created.Id, StringComparison.Ordinal))
                {
                    mentions.Add($"{table}: {row.PartitionKey}/{row.RowKey}");
                }
            }
        }

        Assert.Empty(mentions);
        Assert.Equal(HttpStatusCode.NotFound, (await world.SendAsync(HttpMethod.Get, $"/api/profiles/{created.Id}", created.OwnerToken)).StatusCode);
    }

    private Task<HttpResponseMessage> PutAsync(ProfileCreated created, ProfileInput input, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/profiles/{created.Id}") { Content = JsonContent.Create(input) };
        request.Headers.Authorization = new("Bearer", created.OwnerToken);
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return world.App.Client.SendAsync(request);
    }

    private async Task<ProfileView> ReadAsync(ProfileCreated created) =>
        (await (await world.SendAsync(HttpMethod.Get, $"/api/profiles/{created.Id}", created.OwnerToken)).Content.ReadFromJsonAsync<ProfileView>())!;
}
