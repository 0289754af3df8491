using System.Text.RegularExpressions;
using Matchmaker.Platform.SpecialCategories;

namespace Matchmaker.Tests.Unit.Platform;

/// <summary>
/// The shipped warning list of special-category terms and how text is matched against it: each category is
/// found, words that only look alike are not, and case, accents and punctuation neither hide a term nor make one.
/// </summary>
public sealed partial class SpecialCategoryTermsTests
{
    private static readonly SpecialCategoryTerms Terms = SpecialCategoryTerms.Shipped;

    [Theory]
    [InlineData("After my diagnosis I went freelance.", "health")]
    [InlineData("I am HIV positive and open about it.", "health")]
    [InlineData("I was pregnant for most of last year.", "health")]
    [InlineData("I'm autistic, so written briefs suit me best.", "disability")]
    [InlineData("I am a wheelchair user; ground-floor offices please.", "disability")]
    [InlineData("As a practising Muslim I do not work on Fridays.", "religion-or-belief")]
    [InlineData("My faith matters to me.", "religion-or-belief")]
    [InlineData("Lifelong Labour Party canvasser.", "political-opinions")]
    [InlineData("I have been a trade union member for ten years.", "trade-union-membership")]
    [InlineData("Union rep at my last job.", "trade-union-membership")]
    [InlineData("I'm a Black British developer.", "ethnic-origin")]
    [InlineData("Proudly queer and a WordPress expert.", "sex-life-or-orientation")]
    [InlineData("My DNA test showed a genetic condition.", "genetic-or-biometric")]
    [InlineData("I have a criminal record from my twenties.", "criminal-offences")]
    [InlineData("Released from prison in 2019, retrained as a sysadmin.", "criminal-offences")]
    public void A_term_of_each_category_is_found(string text, string category) =>
        Assert.Equal([category], Terms.CategoriesIn(text).Select(c => c.Id));

    [Theory]
    [InlineData("We ran the network's Christmas party and its summer gathering.")]
    [InlineData("A balanced diet of PHP, Python and Ansible.")]
    [InlineData("Built the website of a unionised bakery co-op.")]
    [InlineData("Booked wheelchair accessible venues for every event.")]
    [InlineData("Our app came out in 2020 and is still maintained.")]
    [InlineData("Conservative estimates, delivered on time; I read labour market data for fun.")]
    [InlineData("Browser fingerprinting research and SSH key fingerprints.")]
    [InlineData("Health and safety trained; worked on public health projects.")]
    [InlineData("Hivemind of volunteers; prisoners' rights charity website; gayle's bakery logo.")]
    [InlineData("Party planning, third-party integrations and a union type in TypeScript.")]
    [InlineData("")]
    [InlineData(null)]
    public void Harmless_words_near_the_terms_are_not_flagged(string? text) =>
        Assert.Empty(Terms.CategoriesIn(text));

    [Theory]
    [InlineData("MY DIAGNOSIS came late")]
    [InlineData("Crohn\u2019s disease")]
    [InlineData("Crohns disease")]
    [InlineData("\uff28\uff29\uff36")]
    [InlineData("Dysle\u0301xic")]
    [InlineData("self-harm, years ago")]
    [InlineData("wheelchair\nuser")]
    [InlineData("(pregnant!)")]
    [InlineData("mixed-race, ex-offender")]
    public void Case_accents_full_width_letters_and_punctuation_do_not_hide_a_term(string text) =>
        Assert.NotEmpty(Terms.CategoriesIn(text));

    [Theory]
    [InlineData("\uFFFE")]
    [InlineData("\uFDD0")]
    [InlineData("\uD800")]
    public void Text_with_a_noncharacter_or_a_lone_surrogate_is_read_with_it_as_a_break_between_words(string odd)
    {
        Assert.Equal(["my", "diagnosis", "of"], TermWords.Of($"my diagnosis{odd}of"));
        Assert.Empty(TermWords.Of(odd));
    }

    [Fact]
    public void Several_categories_in_one_text_are_each_found_once_in_the_lists_order()
    {
        var found = Terms.CategoriesIn("A Muslim, a union rep, autistic; Muslim again, and HIV.").Select(c => c.Id);

        Assert.Equal(["health", "disability", "religion-or-belief", "trade-union-membership"], found);
    }

    [Fact]
    public void The_list_covers_the_special_categories_and_criminal_offences_once_each_with_a_dated_version()
    {
        Assert.Equal(
            ["health", "disability", "religion-or-belief", "political-opinions", "trade-union-membership", "ethnic-origin",
             "sex-life-or-orientation", "genetic-or-biometric", "criminal-offences"],
            Terms.Categories.Select(c => c.Id));
        Assert.Matches(DateVersion(), Terms.Version);
        Assert.All(Terms.Categories, c => Assert.Contains(c.About, Terms.MessageFor(c), StringComparison.Ordinal));
    }

    [Fact]
    public void The_list_has_no_duplicate_terms_and_no_term_that_a_shorter_one_already_finds()
    {
        var terms = Terms.Categories.SelectMany(c => c.Terms.Select(t => (Words: TermWords.Of(t), Term: t))).ToList();

        var duplicates = terms.GroupBy(t => string.Join(' ', t.Words)).Where(g => g.Count() > 1).Select(g => g.Key);
        // "hiv positive" would never warn where "hiv" does not: it only makes the list longer to review.
        var redundant = terms.SelectMany(longer => terms
            .Where(shorter => shorter.Words.Count < longer.Words.Count && Contains(longer.Words, shorter.Words))
            .Select(shorter => $"'{longer.Term}' repeats '{shorter.Term}'"));

        Assert.Empty(duplicates);
        Assert.Empty(redundant);
    }

    [Fact]
    public void A_warning_tells_the_person_who_may_see_it_and_never_repeats_the_words_that_matched()
    {
        var warnings = new TextWarnings();
        warnings.Text("bio", "After my diagnosis of epilepsy I went freelance.");

        var warning = Assert.Single(warnings.Warnings);
        Assert.Equal(("bio", "health"), (warning.Field, warning.Category));
        Assert.StartsWith("This looks like information about your health.", warning.Message, StringComparison.Ordinal);
        Assert.Contains("do not have to share it", warning.Message, StringComparison.Ordinal);
        Assert.Contains("coordinators and to co-ops", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("diagnosis", warning.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("epilepsy", warning.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void No_page_or_script_holds_a_copy_of_the_terms_since_the_pages_fetch_the_one_list()
    {
        var pages = Directory.EnumerateFiles(Repository.Path("functions"), "*", SearchOption.AllDirectories)
            .Where(file => file.Contains($"{Path.DirectorySeparatorChar}wwwroot{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(file => Path.GetExtension(file) is ".js" or ".html")
            .ToList();

        Assert.Contains(pages, file => file.EndsWith("special-terms.js", StringComparison.Ordinal));
        Assert.All(pages, file => Assert.True(Terms.CategoriesIn(File.ReadAllText(file)).Count == 0, $"{file} holds terms of the list."));
    }

    [Theory]
    [InlineData("""{"version":"","message":"about {about}","categories":[{"id":"a","law":"x","about":"y","terms":["t"]}]}""")]
    [InlineData("""{"version":"1","message":"no placeholder","categories":[{"id":"a","law":"x","about":"y","terms":["t"]}]}""")]
    [InlineData("""{"version":"1","message":"about {about}","categories":[{"id":"a","law":"x","about":"y","terms":["--"]}]}""")]
    [InlineData("""{"version":"1","message":"about {about}","categories":[]}""")]
    public void A_broken_list_is_refused_when_it_is_read_rather_than_warning_about_nothing(string json) =>
        Assert.Throws<InvalidOperationException>(() => SpecialCategoryTerms.Parse(json));

    private static bool Contains(IReadOnlyList<string> words, IReadOnlyList<string> part) =>
        Enumerable.Range(0, words.Count - part.Count + 1).Any(i => part.Select((w, j) => words[i + j] == w).All(same => same));

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateVersion();
}
