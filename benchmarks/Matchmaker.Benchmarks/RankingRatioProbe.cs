using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Matchmaker.Matching;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Ranking;
using Matchmaker.Model.Skills;
using Matchmaker.Needs;
using Matchmaker.Ranking;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Benchmarks;

/// <summary>
/// The ratio <see cref="NeedRankingBenchmarks"/> measures (features and scoring over the model's own batch
/// scoring of the same rows), measured in alternating rounds: each round times both, in turns, so a burst
/// of other work on a shared machine lands on both sides of a ratio instead of on one benchmark's run, as it
/// can when BenchmarkDotNet runs one after the other. Reports the median and quartiles of the per-round ratios,
/// for generated people in memory (as <see cref="NeedRankingBenchmarks"/>) and for the candidates
/// <see cref="CandidateFinder"/> finds among 10,000 profiles stored in a private Azurite (as
/// <see cref="MatchNeedBenchmarks"/>).
/// </summary>
public static class RankingRatioProbe
{
    private const int WarmupRounds = 10;

    public static async Task RunAsync(int rounds)
    {
        var model = BenchmarkData.BootstrapTraining().Model;
        Console.WriteLine($"{DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, load average {LoadAverage.Now()}");
        Console.WriteLine();
        Console.WriteLine("| Candidates | Rounds | Scoring, median | Features and scoring, median | Ratio, median | Ratio, quartiles |");
        Console.WriteLine("|-----------|-------:|----------------:|-----------------------------:|--------------:|-----------------:|");
        foreach (var candidates in new[] { 500, 10_000 })
        {
            Measure($"{candidates:N0} generated, in memory", model, BenchmarkData.Need(), BenchmarkData.People(candidates, seed: 20261128), BenchmarkData.Now, rounds);
        }

        foreach (var maxCandidates in new[] { 500, MatchNeedBenchmarks.Profiles })
        {
            await using var network = await StoredNetwork.CreateAsync(MatchNeedBenchmarks.Profiles, maxCandidates);
            var services = network.Services;
            var live = (await services.GetRequiredService<ActiveRankingModel>().GetAsync(CancellationToken.None))!.Model;
            var stored = (await services.GetRequiredService<NeedStore>().FindAsync(StoredNetwork.NeedId, CancellationToken.None))!;
            var need = MatchingProjections.Of(stored);
            var found = await services.GetRequiredService<CandidateFinder>().FindAsync(need, CancellationToken.None);
            Measure($"{found.Count:N0} found in Azurite", live, need, found, stored.UpdatedAt, rounds);
        }

        Console.WriteLine();
        Console.WriteLine($"load average at the end {LoadAverage.Now()}");
    }

    private static void Measure(string what, RankingModel model, NeedProjection need, IReadOnlyList<PersonProjection> people, DateTimeOffset asOf, int rounds)
    {
        var taxonomy = Taxonomy.Default;
        var warm = new PreparedPeople(taxonomy);
        // The rows in the order the ranking scores them (the candidates' own).
        var rows = NeedRankingBenchmarks.RowsOf(new NeedRanking(taxonomy, model, need, people, asOf, warm));
        var candidates = people.Count;
        // Enough calls per turn for tens of milliseconds, so the timer's resolution does not matter.
        var calls = Math.Max(3, 30 * 500 / candidates);
        var score = () => model.Score(rows)[^1];
        var rank = () => NeedRankingBenchmarks.Suggest(new NeedRanking(taxonomy, model, need, people, asOf, warm));
        var scoring = new List<double>();
        var ranking = new List<double>();
        for (var round = 0; round < WarmupRounds + rounds; round++)
        {
            // Turns alternate, so neither side always runs right after a collection the other caused.
            var (first, second) = round % 2 == 0 ? (score, rank) : (rank, score);
            var a = Time(first, calls);
            var b = Time(second, calls);
            if (round >= WarmupRounds)
            {
                scoring.Add(round % 2 == 0 ? a : b);
                ranking.Add(round % 2 == 0 ? b : a);
            }
        }

        var ratios = scoring.Select((s, i) => ranking[i] / s).Order().ToList();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {what} | {rounds} | {Median(scoring):F3} ms | {Median(ranking):F3} ms | **{Median(ratios):F2}x** | {Quantile(ratios, 0.25):F2} to {Quantile(ratios, 0.75):F2} |"));
    }

    private static double Time(Func<float> body, int calls)
    {
        var sink = 0f;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            sink += body();
        }

        watch.Stop();
        GC.KeepAlive(sink);
        return watch.Elapsed.TotalMilliseconds / calls;
    }

    private static double Median(IEnumerable<double> values) => Quantile([.. values.Order()], 0.5);

    private static double Quantile(List<double> sorted, double q) => sorted[(int)Math.Round(q * (sorted.Count - 1))];
}
