using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matchmaker.Platform.Http;
using Matchmaker.Profiles;
using Matchmaker.Tests.Storage.Platform;

namespace Matchmaker.Tests.Storage.Profiles;

/// <summary>
/// Every naughty string through the string fields of the profile body's lists: never a 5xx; either stored
/// and returned code-point for code-point, or a 400 problem naming the field.
/// </summary>
public sealed class ProfileListNaughtyStringTests(NaughtyStringWorld world) : IClassFixture<NaughtyStringWorld>
{
    private readonly NaughtyStringRoundTrip roundTrip = new(world);

    [Theory]
    [InlineData("skills[0].name")]
    [InlineData("interests[0]")]
    [InlineData("wantsToLearn[0]")]
    public async Task Profile_list_fields_round_trip_exactly_or_answer_400(string field)
    {
        var body = JsonSerializer.SerializeToNode(TestProfiles.Valid(), MatchmakerJson.Options)!;

        var accepted = await roundTrip.CheckAllAsync(field, body, "/api/profiles", null, async (response, value) =>
        {
            var created = (await response.Content.ReadFromJsonAsync<ProfileCreated>())!;
            var read = await world.SendAsync(HttpMethod.Get, $"/api/profiles/{created.Id}", created.OwnerToken);
            return JsonPath.Get((await read.Content.ReadFromJsonAsync<JsonNode>())!, field)?.GetValue<string>();
        });

        Assert.True(accepted > 400, $"only {accepted} strings were accepted in {field}");
    }
}
