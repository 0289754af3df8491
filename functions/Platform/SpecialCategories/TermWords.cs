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
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
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
}
