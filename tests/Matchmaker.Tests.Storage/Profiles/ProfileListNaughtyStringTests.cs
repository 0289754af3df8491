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
        var accepted = await roundTrip.CheckProfileFieldAsync(field);

        Assert.True(accepted > 400, $"only {accepted} strings were accepted in {field}");
    }
}
