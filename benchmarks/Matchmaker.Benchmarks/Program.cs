using BenchmarkDotNet.Running;
using Matchmaker.Benchmarks;

// "ratio [rounds]" runs the interleaved features-and-scoring probe, "signups [per client]" the sign-up load
// against a private Azurite, "burst [people] [needs] [large-only]" a burst of confirmations that all fit the same needs;
// anything else goes to BenchmarkDotNet.
if (args is ["ratio", ..])
{
    await RankingRatioProbe.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40);
    return;
}

if (args is ["signups", ..])
{
    await SignUpLoad.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100);
    return;
}

if (args is ["burst", ..])
{
    await BurstLoad.RunAsync(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 50,
        withSmall: args is not [_, _, _, "large-only", ..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(PairFeatureBenchmarks).Assembly).Run(args);
