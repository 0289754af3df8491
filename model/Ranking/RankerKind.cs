namespace Matchmaker.Model.Ranking;

public enum RankerKind
{
    /// <summary>ML.NET FastTree LambdaMART.</summary>
    FastTree,

    /// <summary>LightGBM lambdarank.</summary>
    LightGbm,
}
