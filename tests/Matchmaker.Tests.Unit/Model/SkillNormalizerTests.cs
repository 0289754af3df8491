using Matchmaker.Model.Skills;

namespace Matchmaker.Tests.Unit.Model;

/// <summary>The normaliser's rules, on a small taxonomy of its own so they do not depend on the shipped data.</summary>
public sealed class SkillNormalizerTests
{
    private static readonly SkillNormalizer Normalizer = new(Taxonomy.Parse("""
        {
          "version": 1,
          "skills": [
            { "id": "programming", "name": "Programming", "category": "software" },
            { "id": "javascript", "name": "JavaScript", "category": "software", "aliases": ["js", "node.js"], "broader": ["programming"] },
            { "id": "csharp", "name": "C#", "category": "software", "aliases": ["csharp", "c sharp"], "broader": ["programming"] },
            { "id": "cpp", "name": "C++", "category": "software", "broader": ["programming"] },
            { "id": "c", "name": "C", "category": "software", "broader": ["programming"] },
            { "id": "dotnet", "name": ".NET", "category": "software" },
            { "id": "bookkeeping", "name": "Bookkeeping", "category": "finance" },
            { "id": "community-organising", "name": "Community organising", "category": "organising" },
            { "id": "go", "name": "Go", "category": "software", "aliases": ["golang"], "broader": ["programming"] },
            { "id": "docker", "name": "Docker", "category": "operations" }
          ],
          "ambiguous": [ { "term": "go", "skill": "go", "cues": ["programming", "docker", "backend"] } ]
        }
        """));

    [Theory]
    [InlineData("JavaScript", "javascript")]
    [InlineData("  javascript ", "javascript")]
    [InlineData("JS", "javascript")]
    [InlineData("Node.js", "javascript")]
    [InlineData("nodejs", "javascript")]
    [InlineData("node js", "javascript")]
    [InlineData("C#", "csharp")]
    [InlineData("csharp", "csharp")]
    [InlineData("C Sharp", "csharp")]
    [InlineData("c++", "cpp")]
    [InlineData("C", "c")]
    [InlineData(".NET", "dotnet")]
    [InlineData("dotnet", "dotnet")]
    [InlineData("Book-keeping", "bookkeeping")]
    [InlineData("book keeping", "bookkeeping")]
    [InlineData("Community Organizing", "community-organising")]
    [InlineData("community-organising", "community-organising")]
    [InlineData("ＪａｖａＳｃｒｉｐｔ", "javascript")]
    [InlineData("golang", "go")]
    public void Spellings_resolve_to_their_canonical_skill(string raw, string expected)
    {
        var resolved = Normalizer.Resolve(raw);

        Assert.Equal(expected, resolved.SkillId);
        Assert.Equal(expected, resolved.Key);
        Assert.Equal(raw, resolved.Raw);
    }

    [Theory]
    [InlineData("Basket weaving", "text:basket weaving")]
    [InlineData("  Dry-stone   walling ", "text:dry-stone walling")]
    [InlineData("!!!", "text:!!!")]
    public void Unknown_skills_are_kept_as_text(string raw, string key)
    {
        var resolved = Normalizer.Resolve(raw);

        Assert.Null(resolved.SkillId);
        Assert.Equal(key, resolved.Key);
        Assert.False(resolved.IsAmbiguous);
    }

    [Fact]
    public void An_ambiguous_word_alone_is_left_ambiguous_not_guessed()
    {
        var resolved = Normalizer.ResolveAll(["Go", "Bookkeeping"], "I like board games.");

        Assert.True(resolved[0].IsAmbiguous);
        Assert.Null(resolved[0].SkillId);
        Assert.Equal("text:go", resolved[0].Key);
    }

    [Theory]
    [InlineData(new[] { "Go", "Docker" }, null)]
    [InlineData(new[] { "Go", "C#" }, null)]
    [InlineData(new[] { "Go" }, "Backend services in Go.")]
    public void An_ambiguous_word_resolves_when_the_rest_gives_a_cue(string[] skills, string? context)
    {
        // C# counts through its broader skill, programming.
        Assert.Equal("go", Normalizer.ResolveAll(skills, context)[0].SkillId);
    }

    [Fact]
    public void British_and_American_spellings_share_a_key() =>
        Assert.Equal(SkillNormalizer.LookupKey("Optimisation"), SkillNormalizer.LookupKey("optimization"));

    [Fact]
    public void No_naughty_string_makes_it_throw_and_every_one_keeps_a_key()
    {
        foreach (var value in NaughtyStrings.All)
        {
            var resolved = Normalizer.ResolveAll([value], value);
            Assert.Equal(value, resolved[0].Raw);
            Assert.NotNull(resolved[0].Key);
        }
    }
}
