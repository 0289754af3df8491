using Matchmaker.Tests.Storage.Platform;

namespace Matchmaker.Tests.Storage.Needs;

/// <summary>
/// Every naughty string through each single string field of the need body: never a 5xx; either stored and
/// returned code-point for code-point, or a 400 problem naming the field. The skill lists are in
/// <see cref="NeedSkillNaughtyStringTests"/>, a class (and app) of its own so both run at once.
/// </summary>
public sealed class NeedNaughtyStringTests(NaughtyStringWorld world) : IClassFixture<NaughtyStringWorld>
{
    private readonly NaughtyStringRoundTrip roundTrip = new(world);

    [Fact]
    public async Task Need_fields_round_trip_exactly_or_answer_400()
    {
        var accepted = await roundTrip.CheckNeedFieldsAsync("title", "description", "location.city");

        Assert.All(accepted, field => Assert.True(field.Value > 400, $"only {field.Value} strings were accepted in {field.Key}"));
    }
}
