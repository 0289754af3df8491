using Matchmaker.Model.Bootstrap;
using Matchmaker.Model.Ranking;
using Matchmaker.Model.Skills;
using Matchmaker.Model.Training;

namespace Matchmaker.Tests.Unit.Ranking;

public sealed class EvaluationReportTests
{
    [Fact]
    public void The_table_shows_the_model_the_live_model_and_each_baseline_with_their_ndcg()
    {
        var trained = BootstrapEvaluation.Run(Taxonomy.Default, new BootstrapGenerator(Taxonomy.Default, 5).Generate(60, 12), 5, BootstrapGenerator.ReferenceTime);
        var result = trained with
        {
            Live = new NdcgMetrics(0.5, 0.25, 0.125),
            Baselines = new Dictionary<string, NdcgMetrics> { ["skillOverlap"] = new(0.1, 0.2, 0.3), ["textSimilarity"] = new(0.4, 0.5, 0.6) },
        };

        var lines = EvaluationReport.Format(result).Split('\n');

        Assert.Contains(lines, l => l.StartsWith("model ", StringComparison.Ordinal) && l.EndsWith($"{result.Test.Ndcg5:F3}", StringComparison.Ordinal));
        Assert.Contains("live model         0.500   0.250   0.125", lines);
        Assert.Contains("skillOverlap       0.100   0.200   0.300", lines);
        Assert.Contains("textSimilarity     0.400   0.500   0.600", lines);
        Assert.Contains($"Held-out needs (all): {result.TestGroups}", lines);
    }
}
