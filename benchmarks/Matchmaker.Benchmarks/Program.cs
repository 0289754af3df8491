using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Matchmaker.Benchmarks.PairFeatureBenchmarks).Assembly).Run(args);
