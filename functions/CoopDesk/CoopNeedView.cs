using Matchmaker.Needs;

namespace Matchmaker.CoopDesk;

/// <summary>
/// One of the calling co-op's needs as its own page shows it: the need view, how far its matches got,
/// how close it is to closing by itself, and the names (never the addresses) of the people who, with the
/// co-op, said yes to an introduction.
/// </summary>
public sealed record CoopNeedView : NeedView
{
    public CoopNeedView(
        NeedView need,
        NeedCounts counts,
        NeedStaleness? staleness,
        IReadOnlyList<string> connectedPeople,
        string? closedReason,
        DateTimeOffset? closedAt)
        : base(need)
    {
        Counts = counts;
        Staleness = staleness;
        ConnectedPeople = connectedPeople;
        ClosedReason = closedReason;
        ClosedAt = closedAt;
    }

    public NeedCounts Counts { get; }

    /// <summary>Null for a closed need.</summary>
    public NeedStaleness? Staleness { get; }

    public IReadOnlyList<string> ConnectedPeople { get; }

    /// <summary><c>closed</c> (by the co-op) or <c>expired</c> (not renewed after its reminder); null while open.</summary>
    public string? ClosedReason { get; }

    public DateTimeOffset? ClosedAt { get; }
}
