using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;

namespace Matchmaker.Tests.Unit.Model;

public sealed class MatchKeyTests
{
    [Theory]
    [InlineData("Podcast  Hosting")]
    [InlineData("tenant organising")]
    [InlineData("Ｏｄｄ skill")]
    public void Free_text_keys_are_the_ones_the_skill_normaliser_gives(string name)
    {
        var resolved = SkillNormalizer.Default.Resolve(name);

        Assert.Null(resolved.SkillId);
        Assert.Equal(resolved.Key, MatchKey.FreeText(name));
        Assert.True(MatchKey.IsFreeText(resolved.Key));
    }

    [Fact]
    public void Canonical_keys_are_taxonomy_ids()
    {
        var key = SkillNormalizer.Default.Resolve("Node.js").Key;

        Assert.False(MatchKey.IsFreeText(key));
        Assert.NotNull(Taxonomy.Default.Find(key));
    }
}
