namespace Matchmaker.Review;

public static class RejectionReasons
{
    public static readonly string[] All = ["skills", "rate", "availability", "location", "already-connected", "other"];
}
