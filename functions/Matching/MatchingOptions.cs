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
}
