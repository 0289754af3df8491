using System.Net;
using System.Net.Http.Json;
using Matchmaker.Needs;
using Matchmaker.Platform.Common;

namespace Matchmaker.Tests.Storage.Platform;

/// <summary>
/// A value written to break out of a table filter's quotes, in every filter parameter of the lists: never a
/// 5xx and never rows it does not match; a parameter that is an id or a fixed word refuses it with 400.
/// </summary>
public sealed class FilterInjectionApiTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    private const string Injection = "x%27%20or%20PartitionKey%20ne%20%27";

    [Theory]
    [InlineData("/api/needs?coop=", false)]
    [InlineData("/api/needs?remote=", false)]
    [InlineData("/api/suggestions?status=", true)]
    [InlineData("/api/suggestions?needId=", true)]
    [InlineData("/api/suggestions?profileId=", true)]
    [InlineData("/api/suggestions?coopId=", true)]
    [InlineData("/api/introductions?status=", true)]
    public async Task A_filter_value_that_tries_to_close_its_quotes_answers_400(string route, bool coordinator)
    {
        var response = await world.SendAsync(HttpMethod.Get, route + Injection, coordinator ? ApiWorld.CoordinatorKey : null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_skill_that_tries_to_close_its_quotes_matches_no_need_while_needs_exist()
    {
        var coop = await world.CreateCoopAsync("Quoted Skill Co-op");
        await world.CreateNeedAsync(coop.Key);

        var all = await world.SendAsync(HttpMethod.Get, $"/api/needs?coop={coop.Id}", null);
        var quoted = await world.SendAsync(HttpMethod.Get, $"/api/needs?coop={coop.Id}&skill={Injection}", null);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (all.StatusCode, quoted.StatusCode));
        Assert.Single((await all.Content.ReadFromJsonAsync<ResultPage<NeedView>>())!.Items);
        Assert.Empty((await quoted.Content.ReadFromJsonAsync<ResultPage<NeedView>>())!.Items);
    }
}
