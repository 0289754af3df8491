namespace Matchmaker.Needs;

public static class NeedStatus
{
    public const string Open = "open";
    public const string Closed = "closed";
}
