using System.Globalization;
using System.Text;
using Matchmaker.Model.Ranking;

namespace Matchmaker.Model.Training;

/// <summary>The evaluation of a training run as a plain-text table, for the console and the model card.</summary>
public static class EvaluationReport
{
    public static string Format(TrainingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        Line(text, $"Training data: {result.BootstrapGroups} bootstrap needs, {result.DecisionGroups} needs with decisions; {result.TrainingRows} rows in the refitted model.");
        Line(text, $"Validation NDCG@5: {string.Join(", ", result.Validation.Select(v => $"{v.Key} {v.Value:F3}"))}; kept {result.Chosen}.");
        Line(text, $"Held-out needs ({(result.HeldOut == HeldOutGroups.Decisions ? "with decisions only" : "all")}): {result.TestGroups}");
        Line(text, "");
        Line(text, $"{"",-16} {"NDCG@1",7} {"NDCG@3",7} {"NDCG@5",7}");
        Row(text, "model", result.Test);
        if (result.Live is { } live)
        {
            Row(text, "live model", live);
        }

        foreach (var (name, metrics) in result.Baselines)
        {
            Row(text, name, metrics);
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, NdcgMetrics metrics) =>
        Line(text, $"{name,-16} {metrics.Ndcg1,7:F3} {metrics.Ndcg3,7:F3} {metrics.Ndcg5,7:F3}");

    private static void Line(StringBuilder text, FormattableString line) => text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
