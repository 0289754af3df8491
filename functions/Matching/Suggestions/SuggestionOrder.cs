namespace Matchmaker.Matching.Suggestions;

/// <summary>Best first: score descending, equal scores by id, so a page boundary is always well defined.</summary>
public static class SuggestionOrder
{
    public static int Compare(double scoreA, string idA, double scoreB, string idB)
    {
        var byScore = scoreB.CompareTo(scoreA);
        return byScore != 0 ? byScore : string.CompareOrdinal(idA, idB);
    }

    public static int Compare(SuggestionEntity a, SuggestionEntity b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Compare(a.Score, a.Id, b.Score, b.Id);
    }
}
