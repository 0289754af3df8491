namespace Matchmaker.Ranking;

/// <summary>Where a trained model version stands.</summary>
public static class ModelStatus
{
    /// <summary>It scores suggestions now.</summary>
    public const string Live = "live";

    /// <summary>It was live; a newer version replaced it.</summary>
    public const string Retired = "retired";

    /// <summary>It was never made live: it ranked the held-out needs worse, or was not measured against the live one.</summary>
    public const string Refused = "refused";
}
