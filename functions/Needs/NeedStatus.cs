namespace Matchmaker.Needs;

public static class NeedStatus
{
    public const string Open = "open";
    public const string Closed = "closed";

    /// <summary>The reason of a need its co-op closed.</summary>
    public const string ClosedByCoop = "closed";

    /// <summary>The reason of a need that closed itself: not renewed after its reminder.</summary>
    public const string Expired = "expired";
}
