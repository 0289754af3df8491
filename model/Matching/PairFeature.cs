namespace Matchmaker.Model.Matching;

/// <summary>
/// The pair features, in the order they appear in a feature vector. Every one lies in [0, 1];
/// docs/matching.md gives each one's meaning, formula and behaviour at the edges.
/// </summary>
public enum PairFeature
{
    RequiredCoverageExact,
    RequiredCoverageRelated,
    LevelFit,
    NiceToHaveCoverage,
    IdfOverlap,
    TextSimilarity,
    RateFit,
    IncomeReach,
    DaysFit,
    LocationFit,
    InterestsOverlap,
    LearnTeachOverlap,
    NeedFreshness,
    ProfileFreshness,
}
