using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace Matchmaker.Model.Matching;

/// <summary>
/// Turns free text into a small set of terms for text similarity: compatibility-normalised (NFKC), lower
/// case, split on anything that is not a letter or digit, stop words, one-letter words, bare numbers and
/// words over <see cref="MaxTermLength"/> letters dropped, a light suffix stripping, duplicates removed,
/// first occurrences kept in order, at most <c>max</c> terms. It never throws, whatever the string holds.
/// </summary>
public static class TextTerms
{
    public const int DefaultMax = 64;

    public const int MaxTermLength = 40;

    private static readonly FrozenSet<string> StopWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
        "can", "could", "did", "do", "does", "doing", "down", "during", "each", "etc", "few", "for", "from", "further",
        "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how",
        "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself",
        "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own",
        "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there",
        "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "us", "very",
        "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
        "you", "your", "yours");

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordSpans =
        StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IReadOnlyList<string> Of(string? text, int max = DefaultMax) => Of([text], max);

    public static IReadOnlyList<string> Of(IEnumerable<string?> texts, int max = DefaultMax)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var terms = new List<string>();
        if (max <= 0)
        {
            return terms;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        Span<char> token = stackalloc char[MaxTermLength];
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            var compatible = Compatible(text);
            var length = 0;
            var tooLong = false;
            for (var i = 0; i <= compatible.Length; i++)
            {
                if (i < compatible.Length && char.IsLetterOrDigit(compatible[i]))
                {
                    if (length < MaxTermLength)
                    {
                        token[length++] = char.ToLowerInvariant(compatible[i]);
                    }
                    else
                    {
                        tooLong = true;
                    }

                    continue;
                }

                if (length > 0 && !tooLong && Accept(token[..length]) is { } term && seen.Add(term))
                {
                    terms.Add(term);
                    if (terms.Count == max)
                    {
                        return terms;
                    }
                }

                length = 0;
                tooLong = false;
            }
        }

        return terms;
    }

    private static string? Accept(Span<char> token)
    {
        if (token.Length < 2 || StopWordSpans.Contains(token) || !token.ContainsAnyExcept(Digits))
        {
            return null;
        }

        var stemmed = token[..Stem(token)];
        return stemmed.Length < 2 ? null : new string(stemmed);
    }

    /// <summary>A light suffix stripper (plural s, -ies, -ing, -ed, final e), not a full stemmer: returns the new length.</summary>
    private static int Stem(Span<char> t)
    {
        var n = t.Length;
        if (n > 4 && t[..n].EndsWith("ies"))
        {
            t[n - 3] = 'y';
            n -= 2;
        }
        else if (t[..n].EndsWith("sses"))
        {
            n -= 2;
        }
        else if (n > 3 && t[n - 1] == 's' && t[n - 2] is not ('s' or 'u' or 'i'))
        {
            n -= 1;
        }

        if (n >= 7 && t[..n].EndsWith("ing"))
        {
            n -= 3;
        }
        else if (n >= 6 && t[..n].EndsWith("ed"))
        {
            n -= 2;
        }

        if (n > 4 && t[n - 1] == 'e')
        {
            n -= 1;
        }

        return n;
    }

    // Normalize throws on strings it cannot normalise (lone surrogates, noncharacters); those are read as written.
    private static string Compatible(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }
}
