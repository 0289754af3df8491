using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matchmaker.Platform.Http;
using Matchmaker.Profiles;
using Matchmaker.Tests.Storage.Platform;

namespace Matchmaker.Tests.Storage.Profiles;

/// <summary>
/// Every naughty string through each single string field of the profile body, and as a confirmation code:
/// never a 5xx; either stored and returned code-point for code-point, or a 400 problem naming the field. The
/// list fields are in <see cref="ProfileListNaughtyStringTests"/>, a class (and app) of its own so both run at once.
/// </summary>
public sealed class ProfileNaughtyStringTests(NaughtyStringWorld world) : IClassFixture<NaughtyStringWorld>
{
    private readonly NaughtyStringRoundTrip roundTrip = new(world);

    [Fact]
    public async Task Profile_text_fields_round_trip_exactly_or_answer_400()
    {
        var accepted = await roundTrip.CheckProfileFieldsAsync("name", "location.city", "bio");

        Assert.All(accepted, field => Assert.True(field.Value > 400, $"only {field.Value} strings were accepted in {field.Key}"));
    }

    [Fact]
    public async Task Profile_email_round_trips_exactly_or_answers_400()
    {
        var accepted = await roundTrip.CheckProfileFieldsAsync("email");

        // Hardly any naughty string is an address: most must have been refused, each with a 400 naming the field.
        Assert.True(accepted["email"] < NaughtyStrings.All.Count / 10, $"{accepted["email"]} naughty strings were accepted as an address");
    }

    [Fact]
    public async Task Confirmation_codes_never_cause_a_5xx()
    {
        var profile = await world.CreateProfileAsync();
        var body = JsonSerializer.SerializeToNode(new ConfirmInput("x"), MatchmakerJson.Options)!;
        var statuses = new ConcurrentBag<int>();

        await Parallel.ForEachAsync(NaughtyStrings.All, new ParallelOptions { MaxDegreeOfParallelism = NaughtyStringRoundTrip.Concurrency }, async (value, cancellationToken) =>
        {
            var content = new StringContent(JsonPath.WithString(body, "code", value), Encoding.UTF8, "application/json");
            using var response = await world.SendAsync(HttpMethod.Post, $"/api/profiles/{profile.Id}/confirm", null, content);
            statuses.Add((int)response.StatusCode);
        });

        Assert.All(statuses, status => Assert.Equal(400, status));
    }
}
