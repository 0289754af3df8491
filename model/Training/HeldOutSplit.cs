using Matchmaker.Model.Matching;

namespace Matchmaker.Model.Training;

/// <summary>
/// Puts each group in train (60%), validation (20%) or test (20%) by a fixed hash of its key and the seed,
/// not by a shuffle, so a need stays in the same part in every retraining as data grows. No model
/// version is ever trained on a test group, so the live and the new model compete on unseen needs.
/// </summary>
public static class HeldOutSplit
{
    public static SplitPart PartOf(string groupKey, int seed) =>
        (KeyHash.Of($"{seed}:{groupKey}") % 10) switch
        {
            < 6 => SplitPart.Train,
            < 8 => SplitPart.Validation,
            _ => SplitPart.Test,
        };
}
