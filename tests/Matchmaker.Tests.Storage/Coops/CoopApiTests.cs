using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matchmaker.Coops;
using Matchmaker.Needs;
using Matchmaker.Platform.Audit;
using Matchmaker.Platform.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Coops;

public sealed class CoopApiTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    [Fact]
    public async Task A_coordinator_lists_every_coop_by_name_with_its_open_needs_and_never_a_key()
    {
        var zebra = await world.CreateCoopAsync("Zebra Listing Co-op");
        var aardvark = await world.CreateCoopAsync("Aardvark Listing Co-op");
        await world.CreateNeedAsync(zebra.Key);
        await world.CreateNeedAsync(zebra.Key);
        var closed = await world.CreateNeedAsync(zebra.Key);
        Assert.Equal(HttpStatusCode.OK, (await world.SendAsync(HttpMethod.Post, $"/api/needs/{closed}/close", zebra.Key, ApiWorld.Closing())).StatusCode);

        var response = await world.SendAsync(HttpMethod.Get, "/api/coops", ApiWorld.CoordinatorKey);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(zebra.Key, raw, StringComparison.Ordinal);
        var coops = JsonSerializer.Deserialize<List<CoopView>>(raw, JsonSerializerOptions.Web)!;
        Assert.Equal(coops.Select(c => c.Name).Order(StringComparer.OrdinalIgnoreCase), coops.Select(c => c.Name));
        var listed = coops.Single(c => c.Id == zebra.Id);
        Assert.Equal(("Zebra Listing Co-op", "hello@coop.example.org", "Leeds", "GB", 2, (DateTimeOffset?)null), (listed.Name, listed.ContactEmail, listed.City, listed.Country, listed.OpenNeeds, listed.KeyRotatedAt));
        Assert.Equal(0, coops.Single(c => c.Id == aardvark.Id).OpenNeeds);
    }

    [Fact]
    public async Task A_coordinator_edits_a_coops_contact_under_if_match_and_a_stale_one_answers_412()
    {
        var coop = await world.CreateCoopAsync("Contact Co-op");
        var read = await world.SendAsync(HttpMethod.Get, $"/api/coops/{coop.Id}", ApiWorld.CoordinatorKey);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var etag = read.Headers.ETag!.ToString();

        var edited = await SendAsync(HttpMethod.Put, $"/api/coops/{coop.Id}", ApiWorld.CoordinatorKey, new CoopInput("Contact Co-op Ltd", "new@coop.example.org", "York", "GB"), etag);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.NotEqual(etag, edited.Headers.ETag!.ToString());
        var view = (await edited.Content.ReadFromJsonAsync<CoopView>())!;
        Assert.Equal(("Contact Co-op Ltd", "new@coop.example.org", "York"), (view.Name, view.ContactEmail, view.City));

        var stale = await SendAsync(HttpMethod.Put, $"/api/coops/{coop.Id}", ApiWorld.CoordinatorKey, new CoopInput("Lost edit", "lost@coop.example.org", "Hull", "GB"), etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType!.MediaType);
        var now = (await (await world.SendAsync(HttpMethod.Get, $"/api/coops/{coop.Id}", ApiWorld.CoordinatorKey)).Content.ReadFromJsonAsync<CoopView>())!;
        Assert.Equal("Contact Co-op Ltd", now.Name);
    }

    [Fact]
    public async Task Reading_or_editing_an_unknown_coop_answers_404()
    {
        var unknown = EntityId.New();

        Assert.Equal(HttpStatusCode.NotFound, (await world.SendAsync(HttpMethod.Get, $"/api/coops/{unknown}", ApiWorld.CoordinatorKey)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.SendAsync(HttpMethod.Put, $"/api/coops/{unknown}", ApiWorld.CoordinatorKey, new CoopInput("N", "n@coop.example.org", null, "GB"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.SendAsync(HttpMethod.Post, $"/api/coops/{unknown}/key", ApiWorld.CoordinatorKey)).StatusCode);
    }

    [Fact]
    public async Task A_coop_edits_its_public_profile_which_its_needs_show_and_its_contact_email_stays()
    {
        var coop = await world.CreateCoopAsync("Profile Co-op");
        var need = await world.CreateNeedAsync(coop.Key);
        var read = await world.SendAsync(HttpMethod.Get, "/api/coops/me", coop.Key);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal((coop.Id, 1), (await read.Content.ReadFromJsonAsync<CoopView>()) is { } v ? (v.Id, v.OpenNeeds) : default);

        var profile = new CoopProfileInput("Profile Co-op", "Bristol", "GB", "We build websites.\nAnd we teach.", ["WordPress", "js"]);
        var edited = await SendAsync(HttpMethod.Put, "/api/coops/me", coop.Key, profile, read.Headers.ETag!.ToString());

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var view = (await edited.Content.ReadFromJsonAsync<CoopView>())!;
        Assert.Equal(("Bristol", "We build websites.\nAnd we teach.", "hello@coop.example.org"), (view.City, view.About, view.ContactEmail));
        Assert.Equal(["WordPress", "js"], view.Teaches);
        var shown = (await (await world.SendAsync(HttpMethod.Get, $"/api/needs/{need}", coop.Key)).Content.ReadFromJsonAsync<NeedView>())!;
        Assert.Equal(new CoopSummary(coop.Id, "Profile Co-op", "Bristol", "We build websites.\nAnd we teach."), shown.Coop);
        var listed = await (await world.SendAsync(HttpMethod.Get, $"/api/needs?coop={coop.Id}", null)).Content.ReadAsStringAsync();
        Assert.Contains("We build websites.", JsonDocument.Parse(listed).RootElement.GetProperty("items")[0].GetProperty("coop").GetProperty("about").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("hello@coop.example.org", listed, StringComparison.Ordinal);

        var stale = await SendAsync(HttpMethod.Put, "/api/coops/me", coop.Key, profile with { About = "Lost" }, read.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
    }

    [Theory]
    [InlineData("""{"name":"N","country":"GB","contactEmail":"other@coop.example.org"}""", new[] { "contactEmail" })]
    [InlineData("""{"name":"","country":"gb","city":"a\u0001b"}""", new[] { "name", "country", "city" })]
    [InlineData("""{"name":"N","country":"GB","teaches":["ok",""]}""", new[] { "teaches[1]" })]
    [InlineData("""{"name":"N","country":"GB","teaches":"PHP"}""", new[] { "teaches" })]
    public async Task Bad_profile_fields_answer_400_naming_each_and_change_nothing(string body, string[] fields)
    {
        var coop = await world.CreateCoopAsync("Unchanged Co-op");

        var response = await world.SendAsync(HttpMethod.Put, "/api/coops/me", coop.Key, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await AssertNamesAsync(response, fields);
        Assert.Equal("Unchanged Co-op", (await (await world.SendAsync(HttpMethod.Get, "/api/coops/me", coop.Key)).Content.ReadFromJsonAsync<CoopView>())!.Name);
    }

    [Fact]
    public async Task Too_long_an_about_and_too_many_skills_answer_400_naming_each()
    {
        var coop = await world.CreateCoopAsync();
        var input = new CoopProfileInput("N", null, "GB", new string('a', CoopValidator.MaxAbout + 1), [.. Enumerable.Range(0, 51).Select(i => $"skill {i}")]);

        await AssertNamesAsync(await world.SendAsync(HttpMethod.Put, "/api/coops/me", coop.Key, input), ["about", "teaches"]);
        Assert.Equal(HttpStatusCode.OK, (await world.SendAsync(HttpMethod.Put, "/api/coops/me", coop.Key, input with { About = new string('a', CoopValidator.MaxAbout), Teaches = input.Teaches!.Take(50).ToList() })).StatusCode);
    }

    [Fact]
    public async Task Bad_contact_fields_answer_400_naming_each()
    {
        var coop = await world.CreateCoopAsync();

        var response = await world.SendAsync(HttpMethod.Put, $"/api/coops/{coop.Id}", ApiWorld.CoordinatorKey, new CoopInput("", "not-an-address", null, "England"));

        await AssertNamesAsync(response, ["name", "contactEmail", "country"]);
    }

    [Fact]
    public async Task A_key_replaced_by_a_coordinator_and_then_by_the_coop_stops_at_once_and_both_are_audited()
    {
        var coop = await world.CreateCoopAsync("Rotating Co-op");

        var byCoordinator = await world.SendAsync(HttpMethod.Post, $"/api/coops/{coop.Id}/key", ApiWorld.CoordinatorKey);
        Assert.Equal(HttpStatusCode.OK, byCoordinator.StatusCode);
        var second = (await byCoordinator.Content.ReadFromJsonAsync<CoopKey>())!;
        Assert.Equal(coop.Id, second.Id);
        Assert.Equal(HttpStatusCode.Unauthorized, (await world.SendAsync(HttpMethod.Get, "/api/coops/me", coop.Key)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.SendAsync(HttpMethod.Get, "/api/coops/me", second.Key)).StatusCode);

        var byCoop = await world.SendAsync(HttpMethod.Post, "/api/coops/me/key", second.Key);
        Assert.Equal(HttpStatusCode.OK, byCoop.StatusCode);
        var third = (await byCoop.Content.ReadFromJsonAsync<CoopKey>())!;
        Assert.Equal(HttpStatusCode.Unauthorized, (await world.SendAsync(HttpMethod.Post, "/api/needs", second.Key, ApiWorld.ValidNeed())).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await world.SendAsync(HttpMethod.Post, "/api/needs", third.Key, ApiWorld.ValidNeed())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await world.SendAsync(HttpMethod.Post, "/api/coops/me/key", coop.Key)).StatusCode);
        Assert.NotNull((await (await world.SendAsync(HttpMethod.Get, "/api/coops/me", third.Key)).Content.ReadFromJsonAsync<CoopView>())!.KeyRotatedAt);

        var audit = await world.App.Services.GetRequiredService<AuditLog>().OfSubjectAsync(coop.Id, default);
        Assert.Equal(
            [(AuditActions.CoopKeyRotated, AuditActor.CoordinatorKey), (AuditActions.CoopKeyRotated, AuditActor.CoopKey)],
            audit.Select(a => (a.Action, a.Actor)));
        var rows = JsonSerializer.Serialize(audit);
        foreach (var key in new[] { coop.Key, second.Key, third.Key })
        {
            Assert.DoesNotContain(key, rows, StringComparison.Ordinal);
            Assert.DoesNotContain(Matchmaker.Platform.Credentials.SecretToken.Hash(key), rows, StringComparison.Ordinal);
        }
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string bearer, object body, string ifMatch)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, body.GetType()) };
        request.Headers.Authorization = new("Bearer", bearer);
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return world.App.Client.SendAsync(request);
    }

    private static async Task AssertNamesAsync(HttpResponseMessage response, string[] fields)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.All(fields, field => Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}"));
    }
}
