using System.Globalization;

namespace Matchmaker.Matching.Suggestions;

/// <summary>
/// Where a page of suggestions ended: the last item's score and id. The list is sorted in memory, so there
/// is no storage token to hand out; a position in the order (rather than an offset) keeps the next page
/// right when suggestions are added or removed between the two requests.
/// </summary>
public sealed record SuggestionCursor(double Score, string Id)
{
    private const char Separator = ' ';

    public static SuggestionCursor After(SuggestionEntity last)
    {
        ArgumentNullException.ThrowIfNull(last);
        return new(last.Score, last.Id);
    }

    public static bool TryParse(string? text, out SuggestionCursor? cursor)
    {
        cursor = null;
        var parts = text?.Split(Separator);
        if (parts is not [var score, var id]
            || !double.TryParse(score, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || !SuggestionId.TryParse(id, out _, out _))
        {
            return false;
        }

        cursor = new(value, id);
        return true;
    }

    /// <summary>True when <paramref name="suggestion"/> comes after this position in <see cref="SuggestionOrder"/>.</summary>
    public bool Precedes(SuggestionEntity suggestion)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        return SuggestionOrder.Compare(Score, Id, suggestion.Score, suggestion.Id) < 0;
    }

    // "R" round-trips the double exactly, so the next page starts precisely after this item.
    public override string ToString() => $"{Score.ToString("R", CultureInfo.InvariantCulture)}{Separator}{Id}";
}
