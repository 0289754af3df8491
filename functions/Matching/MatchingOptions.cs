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

    /// <summary>
    /// Whether runs for one need take turns and skip what a later run already matched (see <see cref="NeedRuns"/>).
    /// Off only to measure against: every message then runs, side by side with the others.
    /// </summary>
    public bool CoalesceRuns { get; set; } = true;

    /// <summary>
    /// How long one run may hold a need before another may take it over: runs take a second or two, so this
    /// is only reached by a run whose process died, or one riding out a storage outage.
    /// </summary>
    public TimeSpan RunLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a need-updates message stands in for equal ones (same need version, no run started since): a
    /// change within it queues nothing more. Short, so that if that message is held up (retried, poisoned),
    /// later changes soon queue their own. Zero queues a message for every change.
    /// </summary>
    public TimeSpan QueuedMessageStandsFor { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Tries of one run when a row it writes changed since it read it (a decision, another need's run giving
    /// a person's place to a better need), each after a random, growing wait; past them the queue retries.
    /// </summary>
    public int WriteAttempts { get; set; } = 10;
}
