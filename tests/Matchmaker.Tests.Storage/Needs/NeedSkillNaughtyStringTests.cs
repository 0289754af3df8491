using Matchmaker.Tests.Storage.Platform;

namespace Matchmaker.Tests.Storage.Needs;

/// <summary>
/// Every naughty string through the skill fields of the need body (required, nice to have, can teach):
/// never a 5xx; either stored and returned code-point for code-point, or a 400 problem naming the field.
/// </summary>
public sealed class NeedSkillNaughtyStringTests(NaughtyStringWorld world) : IClassFixture<NaughtyStringWorld>
{
    private readonly NaughtyStringRoundTrip roundTrip = new(world);

    [Fact]
    public async Task Need_skill_fields_round_trip_exactly_or_answer_400()
    {
        var accepted = await roundTrip.CheckNeedFieldsAsync("requiredSkills[0].name", "niceToHaveSkills[0].name", "canTeach[0]");

        Assert.All(accepted, field => Assert.True(field.Value > 400, $"only {field.Value} strings were accepted in {field.Key}"));
    }
}
