using System.Globalization;

namespace Matchmaker.Ranking;

/// <summary>Why a trained version went live or was refused, in the plain words the coordinators' page shows.</summary>
public static class ModelDecision
{
    public static string WentLive(ModelVersionEntity version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return version.ComparedWith is { } live && version.ComparedWithNdcg5 is { } bar
            ? $"NDCG@5 {Number(version.Ndcg5)} {(version.Ndcg5 > bar ? "beat" : "matched")} the live {live}'s {Number(bar)} on the same {Needs(version.TestGroups)}."
            : $"Went live as the first model, with nothing live to compare with: NDCG@5 {Number(version.Ndcg5)} on {Needs(version.TestGroups)}.";
    }

    /// <summary>Why <paramref name="version"/> may not replace <paramref name="live"/>; null when it may.</summary>
    public static string? Refusal(ModelVersionEntity version, ModelVersionEntity? live)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (live is null)
        {
            return null;
        }

        if (version.ComparedWith is null)
        {
            return $"Refused: the live {live.RowKey} could not be measured on this version's held-out needs (its features differ), so the two were not compared.";
        }

        if (version.ComparedWith != live.RowKey)
        {
            return $"Refused: {live.RowKey} went live while this one trained, so this one was measured against {version.ComparedWith} rather than the live version.";
        }

        return version.ComparedWithNdcg5 is { } bar && version.Ndcg5 < bar
            ? $"Refused: NDCG@5 {Number(version.Ndcg5)} fell short of the live {live.RowKey}'s {Number(bar)} on the same {Needs(version.TestGroups)}."
            : null;
    }

    private static string Number(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Needs(int count) => count == 1 ? "held-out need" : $"{count} held-out needs";
}
