using Matchmaker.Model.Matching;
using Matchmaker.Model.Ranking;

namespace Matchmaker.Model.Training;

/// <summary>
/// Joins the bootstrap pairs and the coordinators' decisions into one training set in which real decisions
/// count for more as they grow: every need with usable decisions takes the place of
/// <see cref="BootstrapGroupsPerDecisionGroup"/> bootstrap needs, down to <see cref="MinimumBootstrapGroups"/>,
/// which stay so that rare situations the decisions have not covered yet are still ranked sensibly.
/// </summary>
public static class TrainingSetAssembler
{
    public const int BootstrapGroupsPerDecisionGroup = 3;

    public const int MinimumBootstrapGroups = 30;

    public static TrainingSet Assemble(IReadOnlyList<LabelledPair> bootstrap, IReadOnlyList<LabelledPair> decisions)
    {
        ArgumentNullException.ThrowIfNull(bootstrap);
        ArgumentNullException.ThrowIfNull(decisions);
        var decisionGroups = Usable(decisions);
        var bootstrapGroups = Usable(bootstrap);
        var keep = BootstrapGroupsToKeep(bootstrapGroups.Count, decisionGroups.Count);

        // Which bootstrap needs stay is fixed by their keys' hashes, so a smaller set is always part of a larger one.
        var keptBootstrap = bootstrapGroups.OrderBy(g => KeyHash.Of(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal).Take(keep);

        var rows = new List<RankingRow>();
        var groups = new List<TrainingGroup>();
        foreach (var (source, group) in keptBootstrap.Select(g => (TrainingSource.Bootstrap, g)).Concat(decisionGroups.Select(g => (TrainingSource.Decisions, g))))
        {
            var id = (uint)groups.Count + 1;
            groups.Add(new TrainingGroup(id, group.Key, source));
            rows.AddRange(group.Select(pair => new RankingRow { GroupId = id, Label = pair.Label, Features = pair.Features }));
        }

        return new TrainingSet(rows, groups);
    }

    public static int BootstrapGroupsToKeep(int bootstrapGroups, int decisionGroups) =>
        Math.Max(Math.Min(bootstrapGroups, MinimumBootstrapGroups), bootstrapGroups - (BootstrapGroupsPerDecisionGroup * decisionGroups));

    /// <summary>
    /// Groups that can teach an order: at least two pairs with different labels. Pairs with a feature vector
    /// of the wrong length (another schema) or a label outside 0-3 are left out.
    /// </summary>
    private static List<IGrouping<string, LabelledPair>> Usable(IEnumerable<LabelledPair> pairs) =>
    [
        .. pairs
            .Where(p => p.Features.Length == PairFeatures.Count && p.Label is >= 0 and <= 3)
            .GroupBy(p => p.GroupKey, StringComparer.Ordinal)
            .Where(g => g.Select(p => p.Label).Distinct().Skip(1).Any())
            .OrderBy(g => g.Key, StringComparer.Ordinal),
    ];
}
