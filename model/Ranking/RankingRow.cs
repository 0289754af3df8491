namespace Matchmaker.Model.Ranking;

/// <summary>One candidate of one group (a need): its graded label (0-3 here, 0-4 in LETOR data) and features.</summary>
public sealed class RankingRow
{
    public float Label { get; set; }

    public uint GroupId { get; set; }

    public float[] Features { get; set; } = [];
}
