using Matchmaker.Tests.Storage.Platform;

namespace Matchmaker.Tests.Storage.Profiles;

/// <summary>
/// Every naughty string through the string fields of the profile body's lists: never a 5xx; either stored
/// and returned code-point for code-point, or a 400 problem naming the field.
/// </summary>
public sealed class ProfileListNaughtyStringTests(NaughtyStringWorld world) : IClassFixture<NaughtyStringWorld>
{
    private readonly NaughtyStringRoundTrip roundTrip = new(world);

    [Fact]
    public async Task Profile_list_fields_round_trip_exactly_or_answer_400()
    {
        var accepted = await roundTrip.CheckProfileFieldsAsync("skills[0].name", "interests[0]", "wantsToLearn[0]");

        Assert.All(accepted, field => Assert.True(field.Value > 400, $"only {field.Value} strings were accepted in {field.Key}"));
    }
}
