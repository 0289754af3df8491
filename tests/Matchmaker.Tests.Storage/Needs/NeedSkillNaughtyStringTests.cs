using Matchmaker.Tests.Storage.Platform;

namespace Matchmaker.Tests.Storage.Needs;

/// <summary>
/// Every naughty string through the skill fields of the need body (required, nice to have, can teach):
/// never a 5xx; either stored and returned code-point for code-point, or a 400 problem naming the field.
/// </summary>
public sealed class NeedSkillNaughtyStringTests(NaughtyStringWorld world) : IClassFixture<NaughtyStringWorld>
{
    private readonly NaughtyStringRoundTrip roundTrip = new(world);

    [Theory]
    [InlineData("requiredSkills[0].name")]
    [InlineData("niceToHaveSkills[0].name")]
    [InlineData("canTeach[0]")]
    public async Task Need_skill_fields_round_trip_exactly_or_answer_400(string field)
    {
        var accepted = await roundTrip.CheckNeedFieldAsync(field);

        Assert.True(accepted > 400, $"only {accepted} strings were accepted in {field}");
    }
}
