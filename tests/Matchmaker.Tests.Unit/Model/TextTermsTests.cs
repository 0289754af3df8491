using Matchmaker.Model.Matching;

namespace Matchmaker.Tests.Unit.Model;

public sealed class TextTermsTests
{
    [Fact]
    public void Lower_cases_splits_and_drops_stop_words_single_letters_and_numbers()
    {
        Assert.Equal(["linux", "wordpress", "co", "op", "year", "3d"], TextTerms.Of("I did Linux & WordPress for a co-op, 10 years; 3D too."));
    }

    [Theory]
    [InlineData("hosting hosted hosts", "host")]
    [InlineData("organising organised organise", "organis")]
    [InlineData("companies company", "company")]
    [InlineData("businesses business", "business")]
    [InlineData("sales sale", "sale")]
    [InlineData("websites website", "websit")]
    public void Common_endings_meet_the_same_stem(string text, string stem) =>
        Assert.Equal([stem], TextTerms.Of(text));

    [Fact]
    public void Keeps_first_occurrences_in_order_without_duplicates_across_texts()
    {
        Assert.Equal(["video", "edit", "film"], TextTerms.Of(["Video editing", null, "", "films, VIDEO"]));
    }

    [Fact]
    public void Full_width_letters_read_as_their_ordinary_form()
    {
        Assert.Equal(["linux"], TextTerms.Of("Ｌｉｎｕｘ"));
    }

    [Fact]
    public void Stops_at_the_cap_and_drops_overlong_words()
    {
        var text = string.Join(' ', Enumerable.Range(0, 500).Select(i => $"word{i}x"));

        Assert.Equal(TextTerms.DefaultMax, TextTerms.Of(text).Count);
        Assert.Equal(5, TextTerms.Of(text, max: 5).Count);
        Assert.Empty(TextTerms.Of(text, max: 0));
        Assert.Equal(["short"], TextTerms.Of(new string('a', TextTerms.MaxTermLength + 1) + " short"));
    }

    [Fact]
    public void Never_throws_on_a_naughty_string_and_always_caps_its_output()
    {
        foreach (var naughty in NaughtyStrings.All)
        {
            var terms = TextTerms.Of(naughty);
            var repeated = TextTerms.Of(string.Concat(Enumerable.Repeat(naughty + " ", 200)), max: 8);

            Assert.InRange(terms.Count, 0, TextTerms.DefaultMax);
            Assert.InRange(repeated.Count, 0, 8);
            Assert.All(terms, term => Assert.InRange(term.Length, 2, TextTerms.MaxTermLength));
            Assert.Equal(terms, TextTerms.Of(naughty));
        }
    }

    [Fact]
    public void Lone_surrogates_and_controls_are_separators()
    {
        Assert.Equal(["ab", "cd", "ef"], TextTerms.Of("ab\ud800cd\u0000ef\udfff"));
    }
}
