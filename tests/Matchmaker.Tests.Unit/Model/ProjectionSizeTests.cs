using System.Text.Json;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;
using static Matchmaker.Tests.Unit.Model.SampleProjections;

namespace Matchmaker.Tests.Unit.Model;

public sealed class ProjectionSizeTests
{
    [Fact]
    public void A_full_profile_projection_is_a_few_kilobytes_of_json_and_round_trips()
    {
        var skills = Enumerable.Range(0, 20).Select(i => new LeveledSkill(MatchKey.FreeText($"skill number {i}"), SkillLevel.Advanced)).ToArray();
        var terms = TextTerms.Of(string.Join(' ', Enumerable.Range(0, 200).Select(i => $"word{i}x")));
        var person = Newcomer with { Skills = skills, Terms = terms, Interests = [.. skills.Take(10).Select(s => s.Key)] };

        var json = JsonSerializer.Serialize(person);
        var back = JsonSerializer.Deserialize<PersonProjection>(json)!;

        Assert.True(json.Length < 3_000, $"{json.Length} characters");
        Assert.Equal(Extractor.Extract(ProjectOwner, person, Now), Extractor.Extract(ProjectOwner, back, Now));
    }

    [Fact]
    public void Projections_read_back_without_their_lists_still_give_features_in_range()
    {
        var person = JsonSerializer.Deserialize<PersonProjection>("""{"Id":"p","DaysPerWeek":2}""")!;
        var need = JsonSerializer.Deserialize<NeedProjection>("""{"Id":"n","CoopId":"c","DaysPerWeek":1}""")!;

        var features = new PairFeatureExtractor(Taxonomy.Default, SkillStatistics.Build([person], [need])).Extract(need, person, Now);

        Assert.All(features, value => Assert.InRange(value, 0f, 1f));
    }
}
