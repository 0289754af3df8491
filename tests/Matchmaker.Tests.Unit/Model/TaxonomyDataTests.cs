using System.Text.RegularExpressions;
using Matchmaker.Model.Skills;

namespace Matchmaker.Tests.Unit.Model;

/// <summary>Checks the shipped taxonomy data (model/Skills/taxonomy.json) against the rules in model/Skills/README.md.</summary>
public sealed partial class TaxonomyDataTests
{
    // The category list documented in model/Skills/README.md.
    private static readonly HashSet<string> Categories = new(StringComparer.Ordinal)
    {
        "software", "web", "operations", "data", "design", "accessibility", "media", "writing",
        "languages", "marketing", "business", "management", "organising", "governance", "finance", "support",
    };

    private static Taxonomy Data => Taxonomy.Default;

    [Fact]
    public void Ships_at_least_300_skills() => Assert.True(Data.Skills.Count >= 300, $"{Data.Skills.Count} skills");

    [Fact]
    public void Ids_are_unique_lowercase_words_joined_by_hyphens()
    {
        Assert.All(Data.Skills, s => Assert.Matches(IdPattern(), s.Id));
        Assert.Empty(Data.Skills.GroupBy(s => s.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Names_are_present_and_unique_ignoring_case_and_spacing()
    {
        Assert.All(Data.Skills, s => Assert.False(string.IsNullOrWhiteSpace(s.Name), s.Id));
        Assert.Empty(Data.Skills.GroupBy(s => SkillText.Normalize(s.Name), StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Every_linked_id_exists_and_is_not_the_skill_itself()
    {
        var problems = Data.Skills
            .SelectMany(s => s.Broader.Concat(s.Related).Select(link => (s.Id, link)))
            .Where(l => Data.Find(l.link) is null || l.link == l.Id)
            .Select(l => $"{l.Id} -> {l.link}");

        Assert.Empty(problems);
    }

    [Fact]
    public void Every_skill_is_linked_to_at_least_one_other() =>
        Assert.Empty(Data.Skills.Where(s => Data.Neighbours(s.Id).Count == 0).Select(s => s.Id));

    [Fact]
    public void Broader_links_have_no_cycles()
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var onPath = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<string>();

        void Visit(string id)
        {
            if (done.Contains(id))
            {
                return;
            }

            if (!onPath.Add(id))
            {
                cycles.Add(id);
                return;
            }

            foreach (var parent in Data.Find(id)?.Broader ?? [])
            {
                Visit(parent);
            }

            onPath.Remove(id);
            done.Add(id);
        }

        foreach (var skill in Data.Skills)
        {
            Visit(skill.Id);
        }

        Assert.Empty(cycles);
    }

    [Fact]
    public void Every_category_is_from_the_documented_set() =>
        Assert.All(Data.Skills, s => Assert.Contains(s.Category, Categories));

    [Fact]
    public void Every_category_has_at_least_five_skills()
    {
        var counts = Data.Skills.GroupBy(s => s.Category, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        Assert.All(Categories, c => Assert.True(counts.GetValueOrDefault(c) >= 5, $"{c}: {counts.GetValueOrDefault(c)} skills"));
    }

    [Fact]
    public void Aliases_are_written_in_normalised_form_and_not_repeated()
    {
        Assert.All(Data.Skills.SelectMany(s => s.Aliases), a => Assert.Equal(SkillText.Normalize(a), a));
        Assert.All(Data.Skills, s => Assert.Equal(s.Aliases.Count, s.Aliases.Distinct(StringComparer.Ordinal).Count()));
    }

    [Fact]
    public void No_alias_belongs_to_two_skills_or_names_another_skill()
    {
        var owners = Data.Skills
            .SelectMany(s => s.Aliases.Prepend(s.Name).Select(text => (Key: SkillText.Normalize(text), s.Id)))
            .GroupBy(o => o.Key, StringComparer.Ordinal)
            .Where(g => g.Select(o => o.Id).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(o => o.Id).Distinct(StringComparer.Ordinal))}");

        Assert.Empty(owners);
    }

    [Fact]
    public void Ambiguous_terms_are_unique_point_at_existing_skills_and_are_never_plain_aliases()
    {
        var aliases = Data.Skills.SelectMany(s => s.Aliases.Select(a => (Alias: SkillText.Normalize(a), s.Id))).ToLookup(a => a.Alias, a => a.Id, StringComparer.Ordinal);

        Assert.NotEmpty(Data.Ambiguous);
        Assert.Equal(Data.Ambiguous.Count, Data.Ambiguous.Select(a => SkillText.Normalize(a.Term)).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Data.Ambiguous, a =>
        {
            Assert.Equal(SkillText.Normalize(a.Term), a.Term);
            Assert.NotNull(Data.Find(a.SkillId));
            Assert.Empty(aliases[a.Term]);
        });
    }

    [Fact]
    public void An_ambiguous_term_that_is_a_skill_name_belongs_to_that_skill()
    {
        var byName = Data.Skills.ToDictionary(s => SkillText.Normalize(s.Name), s => s.Id, StringComparer.Ordinal);

        Assert.All(Data.Ambiguous.Where(a => byName.ContainsKey(a.Term)), a => Assert.Equal(byName[a.Term], a.SkillId));
    }

    [Fact]
    public void Every_ambiguous_term_has_cues_and_its_skill_has_an_unambiguous_alias()
    {
        var ids = Data.Skills.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

        Assert.All(Data.Ambiguous, a =>
        {
            Assert.NotEmpty(a.Cues);
            Assert.All(a.Cues, c => Assert.Equal(SkillText.Normalize(c), c));
            Assert.Contains(a.Cues, ids.Contains);
            Assert.NotEmpty(Data.Find(a.SkillId)!.Aliases);
        });
    }

    [Theory]
    [InlineData("react", "react")]
    [InlineData("swift", "swift")]
    [InlineData("rust", "rust")]
    [InlineData("go", "go")]
    [InlineData("spring", "spring")]
    [InlineData("ruby", "ruby")]
    public void The_ambiguous_words_the_brief_names_need_context(string term, string skill) =>
        Assert.Contains(Data.Ambiguous, a => a.Term == term && a.SkillId == skill);

    [Theory]
    [InlineData("programming")]
    [InlineData("javascript")]
    [InlineData("typescript")]
    [InlineData("go")]
    [InlineData("wordpress")]
    [InlineData("php")]
    [InlineData("linux")]
    [InlineData("debian")]
    [InlineData("sales")]
    [InlineData("business-development")]
    [InlineData("nextcloud")]
    [InlineData("ansible")]
    [InlineData("video-editing")]
    [InlineData("video-production")]
    [InlineData("bid-writing")]
    [InlineData("project-management")]
    [InlineData("facilitation")]
    [InlineData("community-organising")]
    [InlineData("co-op-governance")]
    [InlineData("bookkeeping")]
    [InlineData("accessibility")]
    [InlineData("openstreetmap")]
    public void The_skills_the_brief_names_exist(string id) => Assert.NotNull(Data.Find(id));

    [Theory]
    [InlineData("js", "javascript")]
    [InlineData("JavaScript", "javascript")]
    [InlineData("node", "node-js")]
    [InlineData("Node.js", "node-js")]
    [InlineData("nodejs", "node-js")]
    [InlineData("C#", "csharp")]
    [InlineData("c sharp", "csharp")]
    [InlineData(".NET", "dotnet")]
    [InlineData("dot net", "dotnet")]
    [InlineData("C++", "cpp")]
    [InlineData("htmlcss", "html-css")]
    [InlineData("HTML/CSS", "html-css")]
    [InlineData("golang", "go")]
    [InlineData("reactjs", "react")]
    [InlineData("Spring Boot", "spring")]
    [InlineData("rust-lang", "rust")]
    [InlineData("swiftlang", "swift")]
    [InlineData("ruby language", "ruby")]
    [InlineData("bash", "shell-scripting")]
    [InlineData("Book-keeping", "bookkeeping")]
    [InlineData("book keeping", "bookkeeping")]
    [InlineData("community organizing", "community-organising")]
    [InlineData("search engine optimization", "seo")]
    [InlineData("Cymraeg", "welsh")]
    [InlineData("k8s", "kubernetes")]
    [InlineData("OSM", "openstreetmap")]
    public void Spellings_people_write_name_exactly_one_skill(string written, string id)
    {
        var key = SkillText.Normalize(written);
        var matches = Data.Skills
            .Where(s => SkillText.Normalize(s.Name) == key || s.Aliases.Contains(key, StringComparer.Ordinal))
            .Select(s => s.Id);

        Assert.Equal([id], matches);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
