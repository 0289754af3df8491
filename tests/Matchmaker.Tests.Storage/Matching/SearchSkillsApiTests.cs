using System.Net;
using System.Net.Http.Json;
using Matchmaker.Matching.Skills;

namespace Matchmaker.Tests.Storage.Matching;

[Collection(AzuriteTests.Name)]
public sealed class SearchSkillsApiTests(AzuriteFixture azurite) : SharedAzuriteAppTests(azurite)
{
    [Fact]
    public async Task Anyone_can_search_canonical_skills_by_alias()
    {
        var skills = await App.Client.GetFromJsonAsync<List<SkillView>>("/api/skills?search=js&limit=5");

        Assert.NotNull(skills);
        Assert.InRange(skills.Count, 1, 5);
        Assert.Equal("javascript", skills[0].Id);
        Assert.Contains("js", skills[0].Aliases, StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    public async Task Bad_parameters_answer_400(string query, string field)
    {
        var response = await App.Client.GetAsync($"/api/skills?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_longer_than_a_field_answers_400()
    {
        var response = await App.Client.GetAsync($"/api/skills?search={new string('a', 201)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
