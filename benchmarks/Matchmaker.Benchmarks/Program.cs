using BenchmarkDotNet.Running;
using Matchmaker.Benchmarks;

// "ratio [rounds]" runs the interleaved features-and-scoring probe; anything else goes to BenchmarkDotNet.
if (args is ["ratio", ..])
{
    await RankingRatioProbe.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(PairFeatureBenchmarks).Assembly).Run(args);
