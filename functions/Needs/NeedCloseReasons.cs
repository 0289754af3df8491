namespace Matchmaker.Needs;

/// <summary>
/// Why a co-op closed one of its needs, as it says when closing (<see cref="CloseNeedInput.Reason"/>). Kept
/// apart from <see cref="NeedEntity.ClosedReason"/>, which says who closed it: the co-op or the staleness sweep.
/// </summary>
public static class NeedCloseReasons
{
    /// <summary>Someone found through Matchmaker does the work.</summary>
    public const string Filled = "filled";

    /// <summary>Someone found another way does the work.</summary>
    public const string FilledElsewhere = "filled-elsewhere";

    public const string NoLongerNeeded = "no-longer-needed";

    public const string Other = "other";

    public static readonly string[] All = [Filled, FilledElsewhere, NoLongerNeeded, Other];
}
