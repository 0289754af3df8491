using Matchmaker.Model.Skills;

namespace Matchmaker.Tests.Unit.Model;

/// <summary>How the shipped taxonomy understands what people actually write.</summary>
public sealed class ShippedSkillResolutionTests
{
    [Theory]
    [InlineData("JavaScript", "javascript")]
    [InlineData("js", "javascript")]
    [InlineData("Java Script", "javascript")]
    [InlineData("ES6", "javascript")]
    [InlineData("Node.js", "node-js")]
    [InlineData("nodejs", "node-js")]
    [InlineData("node", "node-js")]
    [InlineData("Node JS", "node-js")]
    [InlineData("TypeScript", "typescript")]
    [InlineData("TS", "typescript")]
    [InlineData("C#", "csharp")]
    [InlineData("csharp", "csharp")]
    [InlineData("C Sharp", "csharp")]
    [InlineData(".NET", "dotnet")]
    [InlineData("dotnet", "dotnet")]
    [InlineData("Dot Net", "dotnet")]
    [InlineData("C++", "cpp")]
    [InlineData("cpp", "cpp")]
    [InlineData("Python 3", "python")]
    [InlineData("py", "python")]
    [InlineData("golang", "go")]
    [InlineData("Rust-lang", "rust")]
    [InlineData("ReactJS", "react")]
    [InlineData("React.js", "react")]
    [InlineData("Vue", "vue-js")]
    [InlineData("vue.js", "vue-js")]
    [InlineData("Spring Boot", "spring")]
    [InlineData("Rails", "ruby-on-rails")]
    [InlineData("RoR", "ruby-on-rails")]
    [InlineData("Django", "django")]
    [InlineData("PHP", "php")]
    [InlineData("WordPress", "wordpress")]
    [InlineData("Word Press", "wordpress")]
    [InlineData("wp", "wordpress")]
    [InlineData("HTML/CSS", "html-css")]
    [InlineData("htmlcss", "html-css")]
    [InlineData("HTML & CSS", "html-css")]
    [InlineData("bash", "shell-scripting")]
    [InlineData("GNU/Linux", "linux")]
    [InlineData("Linux", "linux")]
    [InlineData("Debian", "debian")]
    [InlineData("Postgres", "postgresql")]
    [InlineData("PostgreSQL", "postgresql")]
    [InlineData("MySQL", "mysql")]
    [InlineData("CI/CD", "ci-cd")]
    [InlineData("UX/UI", "ux-design")]
    [InlineData("user-centred design", "ux-design")]
    [InlineData("a11y", "accessibility")]
    [InlineData("WCAG 2.2", "wcag")]
    [InlineData("video editor", "video-editing")]
    [InlineData("Post-production", "video-editing")]
    [InlineData("Motion design", "motion-graphics")]
    [InlineData("Tender writing", "bid-writing")]
    [InlineData("bid-writing", "bid-writing")]
    [InlineData("Funding applications", "grant-writing")]
    [InlineData("Selling", "sales")]
    [InlineData("Project Manager", "project-management")]
    [InlineData("Facilitating workshops", "facilitation")]
    [InlineData("Community Organizing", "community-organising")]
    [InlineData("community organising", "community-organising")]
    [InlineData("Cooperative governance", "co-op-governance")]
    [InlineData("Book-keeping", "bookkeeping")]
    [InlineData("book keeping", "bookkeeping")]
    [InlineData("Event planning", "event-organising")]
    [InlineData("Organizing events", "event-organising")]
    [InlineData("OSM", "openstreetmap")]
    [InlineData("Open Street Map", "openstreetmap")]
    [InlineData("Cymraeg", "welsh")]
    [InlineData("Search engine optimization", "seo")]
    [InlineData("Search Engine Optimisation", "seo")]
    [InlineData("Customer service", "customer-support")]
    public void Written_forms_resolve_to_the_canonical_skill(string raw, string skillId) =>
        Assert.Equal(skillId, SkillNormalizer.Default.Resolve(raw).SkillId);

    [Theory]
    [InlineData("React", "JavaScript", "react")]
    [InlineData("Swift", "iOS", "swift")]
    [InlineData("Rust", "WebAssembly", "rust")]
    [InlineData("Go", "Kubernetes", "go")]
    [InlineData("Spring", "Java", "spring")]
    [InlineData("Ruby", "Rails", "ruby")]
    public void Ambiguous_words_resolve_with_a_cue_from_the_other_skills(string ambiguous, string other, string skillId)
    {
        Assert.Equal(skillId, SkillNormalizer.Default.ResolveAll([ambiguous, other])[0].SkillId);
        Assert.True(SkillNormalizer.Default.Resolve(ambiguous).IsAmbiguous);
    }

    [Fact]
    public void Go_in_a_profile_about_board_games_stays_text() =>
        Assert.Equal("text:go", SkillNormalizer.Default.ResolveAll(["Go", "Chess"], "I run a board games club.")[0].Key);

    [Fact]
    public void An_unknown_skill_is_kept_as_text() =>
        Assert.Equal("text:dry-stone walling", SkillNormalizer.Default.Resolve("Dry-stone walling").Key);
}
