using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matchmaker.Needs;
using Matchmaker.Platform.Common;

namespace Matchmaker.Tests.Storage.Needs;

public sealed class NeedApiTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    [Fact]
    public async Task A_coop_posts_reads_edits_and_closes_its_need()
    {
        var coop = await world.CreateCoopAsync();
        var id = await world.CreateNeedAsync(coop.Key);

        var read = await world.SendAsync(HttpMethod.Get, $"/api/needs/{id}", coop.Key);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var need = (await read.Content.ReadFromJsonAsync<NeedView>())!;
        Assert.Equal((coop.Id, "Test Co-op", NeedStatus.Open, "Project owner", 125m, 375m), (need.CoopId, need.CoopName, need.Status, need.Title, need.DayRate!.Min, need.DayRate.Max));
        Assert.Equal(("sales", "sales"), (need.RequiredSkills[0].SkillId, need.RequiredSkills[0].Key));

        var edited = await world.SendAsync(HttpMethod.Put, $"/api/needs/{id}", coop.Key, ApiWorld.ValidNeed() with { Title = "Project owner (two days)" });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal((2, "Test Co-op"), (await edited.Content.ReadFromJsonAsync<NeedView>()) is { } e ? (e.Version, e.CoopName) : default);

        var closed = await world.SendAsync(HttpMethod.Post, $"/api/needs/{id}/close", coop.Key, ApiWorld.Closing());
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal((NeedStatus.Closed, "Test Co-op"), (await closed.Content.ReadFromJsonAsync<NeedView>()) is { } c ? (c.Status, c.CoopName) : default);
        Assert.DoesNotContain(await AllOpenAsync(), open => open.Id == id);
    }

    [Fact]
    public async Task A_stale_if_match_answers_412_and_changes_nothing()
    {
        var coop = await world.CreateCoopAsync();
        var id = await world.CreateNeedAsync(coop.Key);
        var etag = (await world.SendAsync(HttpMethod.Get, $"/api/needs/{id}", coop.Key)).Headers.ETag!.ToString();
        await world.SendAsync(HttpMethod.Put, $"/api/needs/{id}", coop.Key, ApiWorld.ValidNeed() with { Title = "First edit" });

        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/needs/{id}") { Content = JsonContent.Create(ApiWorld.ValidNeed() with { Title = "Lost edit" }) };
        request.Headers.Authorization = new("Bearer", coop.Key);
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        var stale = await world.App.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var now = await (await world.SendAsync(HttpMethod.Get, $"/api/needs/{id}", coop.Key)).Content.ReadFromJsonAsync<NeedView>();
        Assert.Equal("First edit", now!.Title);
    }

    [Fact]
    public async Task The_public_list_pages_through_open_needs_without_contact_details()
    {
        var coop = await world.CreateCoopAsync("Pager Co-op");
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await world.CreateNeedAsync(coop.Key));
        }

        var seen = new List<string>();
        string? continuation = null;
        do
        {
            var response = await world.SendAsync(HttpMethod.Get, $"/api/needs?limit=2{(continuation is null ? "" : $"&continuation={continuation}")}", null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var raw = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("hello@coop.example.org", raw, StringComparison.Ordinal);
            var page = JsonSerializer.Deserialize<ResultPage<NeedView>>(raw, JsonSerializerOptions.Web)!;
            Assert.True(page.Items.Count <= 2);
            seen.AddRange(page.Items.Select(n => n.Id));
            Assert.All(page.Items.Where(n => ids.Contains(n.Id)), n => Assert.Equal("Pager Co-op", n.CoopName));
            continuation = page.Continuation;
        }
        while (continuation is not null);

        Assert.Superset(ids.ToHashSet(), seen.ToHashSet());
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("continuation=%%%", "continuation")]
    public async Task Bad_paging_parameters_answer_400_naming_them(string query, string field)
    {
        var response = await world.SendAsync(HttpMethod.Get, $"/api/needs?{query}", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Theory]
    [InlineData("""{"title":"","requiredSkills":[],"daysPerWeek":9,"location":{"remote":"x"}}""", new[] { "title", "requiredSkills", "daysPerWeek", "location.remote" })]
    [InlineData("""{"title":"t","requiredSkills":[{"name":"PHP"}],"daysPerWeek":1,"location":{"remote":"remote-ok"},"dayRate":{"min":300,"max":100}}""", new[] { "dayRate.max" })]
    [InlineData("""{"title":"t","requiredSkills":[{"name":"PHP"}],"daysPerWeek":1,"location":{"remote":"remote-ok"},"coopId":"someone-else"}""", new[] { "coopId" })]
    [InlineData("""{"title":"t","requiredSkills":[{"name":"PHP"}],"daysPerWeek":1,"location":{"remote":"remote-ok"},"status":"closed"}""", new[] { "status" })]
    public async Task Invalid_or_server_owned_fields_answer_400_naming_each(string body, string[] fields)
    {
        var coop = await world.CreateCoopAsync();

        var response = await world.SendAsync(HttpMethod.Post, "/api/needs", coop.Key, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.All(fields, field => Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}"));
    }

    private async Task<List<NeedView>> AllOpenAsync()
    {
        var all = new List<NeedView>();
        string? continuation = null;
        do
        {
            var page = (await (await world.SendAsync(HttpMethod.Get, $"/api/needs?limit=100{(continuation is null ? "" : $"&continuation={continuation}")}", null))
                .Content.ReadFromJsonAsync<ResultPage<NeedView>>())!;
            all.AddRange(page.Items);
            continuation = page.Continuation;
        }
        while (continuation is not null);

        return all;
    }
}
