namespace Matchmaker.Matching;

/// <summary>Settings of matching, bound from <c>Matchmaker:Matching</c>.</summary>
public sealed class MatchingOptions
{
    public const string SectionName = "Matchmaker:Matching";

    /// <summary>Suggestions kept per need: its best candidates.</summary>
    public int SuggestionsPerNeed { get; set; } = 20;

    /// <summary>At most this many candidates are scored for one need, found through the skill index.</summary>
    public int MaxCandidates { get; set; } = 500;

    /// <summary>Pending suggestions one person may have at once, so the same few are not suggested for everything.</summary>
    public int PendingPerPerson { get; set; } = 5;

    /// <summary>
    /// How long after an erasure its index rows and pending suggestions are swept again, to catch what a
    /// matching run under way at the time wrote after it. Runs take seconds; this leaves a wide margin.
    /// </summary>
    public TimeSpan ErasureSweepDelay { get; set; } = TimeSpan.FromMinutes(2);
}
