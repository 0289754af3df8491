using Matchmaker.Model.Skills;

namespace Matchmaker.Tests.Unit.Model;

public sealed class SkillTextTests
{
    private static readonly string[] LookAlikes = ["c#", "c", "c++", "node.js", "nodejs", "a/b", "日本語"];

    [Theory]
    [InlineData("WordPress", "wordpress")]
    [InlineData("  Project   Management ", "project management")]
    [InlineData("Ｌｉｎｕｘ", "linux")]
    [InlineData("bid\twriting", "bid writing")]
    [InlineData("C#", "c#")]
    [InlineData("Odd\uFFFE", "odd\uFFFE")]
    public void Normalises_case_width_and_spacing(string raw, string expected) =>
        Assert.Equal(expected, SkillText.Normalize(raw));

    [Fact]
    public void Keys_are_storage_safe_and_distinct_for_names_that_differ_only_in_punctuation()
    {
        var keys = LookAlikes.Select(SkillKey.For).ToList();

        Assert.All(keys, key => Assert.Matches("^[0-9a-f]{32}$", key));
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }
}
