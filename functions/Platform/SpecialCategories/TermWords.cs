using System.Globalization;
using System.Text;

namespace Matchmaker.Platform.SpecialCategories;

/// <summary>
/// Text as the term list is matched against it: compatibility forms folded (a full-width letter is the letter),
/// accents and other marks dropped, lower case, and every run of characters that are not letters or digits a
/// break between words. The pages' script (<c>special-terms.js</c>) does the same in the browser, so a warning
/// shown while typing is the warning the API gives.
/// </summary>
public static class TermWords
{
    public static IReadOnlyList<string> Of(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var word = new StringBuilder();
        foreach (var c in Normalized(text))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsLetter(c) || category == UnicodeCategory.DecimalDigitNumber)
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    // Normalisation refuses text holding a noncharacter (U+FFFE, say) or a lone surrogate, which profiles may
    // hold: those become breaks between words first, as the browser's normalize() leaves them as they are.
    private static string Normalized(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            var cleaned = new StringBuilder(text.Length);
            foreach (var rune in text.EnumerateRunes())
            {
                var noncharacter = (rune.Value & 0xFFFE) == 0xFFFE || rune.Value is >= 0xFDD0 and <= 0xFDEF;
                cleaned.Append(noncharacter || rune == Rune.ReplacementChar ? " " : rune.ToString());
            }

            return cleaned.ToString().Normalize(NormalizationForm.FormKD);
        }
    }
}
