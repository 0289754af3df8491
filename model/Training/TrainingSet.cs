using Matchmaker.Model.Ranking;

namespace Matchmaker.Model.Training;

/// <summary>Graded rows ready for training, and what each group is.</summary>
public sealed record TrainingSet(IReadOnlyList<RankingRow> Rows, IReadOnlyList<TrainingGroup> Groups)
{
    public int GroupsFrom(TrainingSource source) => Groups.Count(g => g.Source == source);
}
