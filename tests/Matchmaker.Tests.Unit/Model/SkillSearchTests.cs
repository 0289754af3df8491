using Matchmaker.Model.Skills;

namespace Matchmaker.Tests.Unit.Model;

public sealed class SkillSearchTests
{
    private static readonly SkillSearch Search = new(Taxonomy.Parse("""
        {
          "version": 1,
          "skills": [
            { "id": "javascript", "name": "JavaScript", "category": "software", "aliases": ["js"] },
            { "id": "java", "name": "Java", "category": "software" },
            { "id": "json", "name": "JSON", "category": "software" },
            { "id": "typescript", "name": "TypeScript", "category": "software", "aliases": ["ts"] }
          ]
        }
        """));

    [Fact]
    public void An_exact_alias_comes_before_names_that_merely_start_with_it() =>
        Assert.Equal(["javascript", "json"], Search.Find("js", 10).Select(s => s.Id));

    [Fact]
    public void Names_that_start_with_the_text_come_before_names_that_contain_it() =>
        Assert.Equal(["java", "javascript"], Search.Find("jav", 10).Select(s => s.Id));

    [Fact]
    public void Matching_ignores_case_and_punctuation() =>
        Assert.Equal("typescript", Search.Find("Type-Script", 10).Single().Id);

    [Fact]
    public void The_limit_is_respected_and_empty_search_lists_by_name() =>
        Assert.Equal(["java", "javascript"], Search.Find("", 2).Select(s => s.Id));

    [Fact]
    public void Nothing_matches_nonsense() => Assert.Empty(Search.Find("zzzz", 10));
}
