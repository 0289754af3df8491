namespace Matchmaker;

/// <summary>The <c>Matchmaker:</c> settings (environment form <c>Matchmaker__...</c>).</summary>
public sealed class MatchmakerOptions
{
    public const string SectionName = "Matchmaker";

    /// <summary>The shortest coordinator key accepted: a key is a password to the whole network's data.</summary>
    public const int MinCoordinatorKeyLength = 32;

    /// <summary>At least <see cref="MinCoordinatorKeyLength"/> characters when set; start-up stops otherwise.</summary>
    public string? CoordinatorKey { get; set; }

    public string PublicBaseUrl { get; set; } = "http://localhost:7071";

    /// <summary>Seed the fictional demo data into an empty store at start-up; when unset, true in Development only.</summary>
    public bool? SeedDemoData { get; set; }

    /// <summary>Train the bootstrap ranking model at start-up when no model is live (default true).</summary>
    public bool TrainBootstrapModel { get; set; } = true;
}
