using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matchmaker.Needs;
using Matchmaker.Platform.Common;

namespace Matchmaker.Tests.Storage.Needs;

/// <summary>GET /api/needs with ?skill=, ?remote= and ?coop=, paged by continuation and the Link header. Each test scopes itself with ?coop=.</summary>
public sealed class NeedFilterTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    [Fact]
    public async Task The_skill_filter_resolves_aliases_through_the_taxonomy_and_matches_unknown_skills_as_typed()
    {
        var coop = await world.CreateCoopAsync("Skill Filter Co-op");
        var wordpress = await world.CreateNeedAsync(coop.Key, Need("WordPress", "remote-ok"));
        var postgres = await world.CreateNeedAsync(coop.Key, ApiWorld.ValidNeed() with { NiceToHaveSkills = [new SkillInput("PostgreSQL", null)] });
        var unknown = await world.CreateNeedAsync(coop.Key, Need("Zorblax weaving", "remote-ok"));

        Assert.Equal([wordpress], await IdsAsync($"coop={coop.Id}&skill=wp"));
        Assert.Equal([postgres], await IdsAsync($"coop={coop.Id}&skill=postgres"));
        Assert.Equal([unknown], await IdsAsync($"coop={coop.Id}&skill=ZORBLAX%20weaving"));
        Assert.Empty(await IdsAsync($"coop={coop.Id}&skill=Kubernetes"));
    }

    [Fact]
    public async Task Remote_and_coop_filters_combine_and_leave_out_closed_needs()
    {
        var coop = await world.CreateCoopAsync("Remote Filter Co-op");
        var other = await world.CreateCoopAsync("Other Remote Co-op");
        var onSite = await world.CreateNeedAsync(coop.Key, Need("Linux", "on-site"));
        var remoteOnly = await world.CreateNeedAsync(coop.Key, Need("Linux", "remote-only"));
        var closed = await world.CreateNeedAsync(coop.Key, Need("Linux", "remote-only"));
        await world.SendAsync(HttpMethod.Post, $"/api/needs/{closed}/close", coop.Key, ApiWorld.Closing());
        await world.CreateNeedAsync(other.Key, Need("Linux", "remote-only"));

        Assert.Equal([onSite], await IdsAsync($"coop={coop.Id}&remote=on-site"));
        Assert.Equal([remoteOnly], await IdsAsync($"coop={coop.Id}&remote=remote-only&skill=linux"));
        Assert.Equal(new[] { onSite, remoteOnly }.Order(StringComparer.Ordinal), (await IdsAsync($"coop={coop.Id}")).Order(StringComparer.Ordinal));
        Assert.Empty(await IdsAsync($"coop={EntityId.New()}"));
    }

    [Fact]
    public async Task Filtered_pages_follow_the_link_header_to_every_match_once()
    {
        var coop = await world.CreateCoopAsync("Paged Filter Co-op");
        var matching = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            matching.Add(await world.CreateNeedAsync(coop.Key, Need("Nextcloud", "remote-ok")));
            await world.CreateNeedAsync(coop.Key, Need("Ansible", "remote-ok"));
        }

        var seen = new List<string>();
        var next = $"/api/needs?coop={coop.Id}&skill=nextcloud&limit=2";
        var pages = 0;
        while (next is not null)
        {
            var response = await world.SendAsync(HttpMethod.Get, next, null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = (await response.Content.ReadFromJsonAsync<ResultPage<NeedView>>())!;
            Assert.InRange(page.Items.Count, 1, 2);
            seen.AddRange(page.Items.Select(n => n.Id));
            var link = response.Headers.TryGetValues("Link", out var values) ? values.Single() : null;
            Assert.Equal(page.Continuation is null, link is null);
            next = link is null ? null : link[(link.IndexOf('<', StringComparison.Ordinal) + 1)..link.IndexOf('>', StringComparison.Ordinal)];
            Assert.True(next is null || next.Contains($"continuation={page.Continuation}", StringComparison.Ordinal), next);
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(matching.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("remote=anywhere", "remote")]
    [InlineData("remote=", "remote")]
    [InlineData("coop=Not%20An%20Id", "coop")]
    [InlineData("skill=", "skill")]
    [InlineData("skill=a%0Ab", "skill")]
    [InlineData("continuation=bm90IGFuIGlk", "continuation")]
    public async Task Bad_filter_values_answer_400_naming_the_field(string query, string field)
    {
        var response = await world.SendAsync(HttpMethod.Get, $"/api/needs?{query}", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    private static NeedInput Need(string skill, string remote) =>
        ApiWorld.ValidNeed() with { RequiredSkills = [new SkillInput(skill, "working")], NiceToHaveSkills = [], Location = new LocationInput("Leeds", "GB", remote) };

    private async Task<List<string>> IdsAsync(string query)
    {
        var response = await world.SendAsync(HttpMethod.Get, $"/api/needs?{query}&limit=100", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<ResultPage<NeedView>>())!.Items.Select(n => n.Id)];
    }
}
