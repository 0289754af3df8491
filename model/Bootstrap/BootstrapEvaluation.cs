using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;
using Matchmaker.Model.Training;

namespace Matchmaker.Model.Bootstrap;

/// <summary>The bootstrap set as labelled pairs (features computed at <c>now</c>), and a model trained on it alone.</summary>
public static class BootstrapEvaluation
{
    public static IReadOnlyList<LabelledPair> Pairs(Taxonomy taxonomy, BootstrapSet set, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(set);
        var extractor = new PairFeatureExtractor(taxonomy, SkillStatistics.Build(set.People, set.Needs));
        return [.. set.Pairs.Select(pair => new LabelledPair(
            set.Needs[pair.Need].Id, pair.Grade, extractor.Extract(set.Needs[pair.Need], set.People[pair.Person], now)))];
    }

    public static TrainingResult Run(Taxonomy taxonomy, BootstrapSet set, int seed, DateTimeOffset now) =>
        TrainingRun.Run(TrainingSetAssembler.Assemble(Pairs(taxonomy, set, now), []), seed);
}
