namespace Matchmaker.Ranking;

/// <summary>What asked for a model version to be trained.</summary>
public static class ModelRequester
{
    /// <summary>The nightly timer.</summary>
    public const string Nightly = "nightly";

    /// <summary>A coordinator, through <c>POST /api/model/retrain</c>.</summary>
    public const string Coordinator = "coordinator";

    /// <summary>Start-up, when no model was live.</summary>
    public const string Bootstrap = "bootstrap";
}
