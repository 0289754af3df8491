using BenchmarkDotNet.Attributes;
using Matchmaker.Matching;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Ranking;
using Matchmaker.Model.Skills;
using Matchmaker.Needs;
using Matchmaker.Ranking;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Benchmarks;

/// <summary>
/// One need matched against 10,000 stored profiles in a private Azurite, end to end through
/// <see cref="NeedMatcher.MatchAsync"/>: the need read, candidates from the skill index, features, one batch
/// scored, the per-person cap's reads, the kept ones explained, the top 20 written and mirrored. In the same
/// run, on the same candidates: the live model's own batch <c>Score</c> of their feature rows (the baseline),
/// and features plus scoring as <see cref="NeedRanking"/> does them, with prepared people kept from earlier
/// runs (warm) and with none (cold); the skill statistics those features start from; and finding the
/// candidates alone. <see cref="MaxCandidates"/> is the
/// app's bound (500) and, for comparison, every profile.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 20)]
[MemoryDiagnoser]
public class MatchNeedBenchmarks
{
    public const int Profiles = 10_000;

    private StoredNetwork network = null!;
    private NeedMatcher matcher = null!;
    private CandidateFinder finder = null!;
    private Taxonomy taxonomy = null!;
    private RankingModel model = null!;
    private PreparedPeople warm = null!;
    private NeedUpdatedMessage message = null!;
    private NeedProjection need = null!;
    private DateTimeOffset asOf;
    private IReadOnlyList<PersonProjection> candidates = [];
    private float[][] rows = [];

    [Params(500, Profiles)]
    public int MaxCandidates { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        var started = DateTimeOffset.UtcNow;
        network = await StoredNetwork.CreateAsync(Profiles, MaxCandidates);
        var services = network.Services;
        matcher = services.GetRequiredService<NeedMatcher>();
        finder = services.GetRequiredService<CandidateFinder>();
        taxonomy = services.GetRequiredService<Taxonomy>();
        model = (await services.GetRequiredService<ActiveRankingModel>().GetAsync(CancellationToken.None))!.Model;

        var stored = (await services.GetRequiredService<NeedStore>().FindAsync(StoredNetwork.NeedId, CancellationToken.None))!;
        message = new NeedUpdatedMessage(stored.Id, stored.Version);
        need = MatchingProjections.Of(stored);
        asOf = stored.UpdatedAt;
        candidates = await finder.FindAsync(need, CancellationToken.None);
        warm = new PreparedPeople(taxonomy);
        rows = NeedRankingBenchmarks.RowsOf(new NeedRanking(taxonomy, model, need, candidates, asOf, warm));

        // The first run adds the need's 20 suggestions; every measured run makes them again over the stored ones.
        await matcher.MatchAsync(message, CancellationToken.None);
        var written = await services.GetRequiredService<Matching.Suggestions.SuggestionStore>().OfNeedAsync(StoredNetwork.NeedId, CancellationToken.None);
        var rare = network.People.Where(p => p.Skills.Any(s => s.Key == StoredNetwork.RareSkill)).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        Console.WriteLine(
            $"// Setup: {network.People.Count} profiles, {network.IndexRows} index rows, {candidates.Count} candidates " +
            $"({candidates.Count(c => rare.Contains(c.Id))} of the {rare.Count} with both required skills), " +
            $"{written.Count} suggestions written ({written.Count(s => rare.Contains(s.ProfileId))} with both), " +
            $"in {(DateTimeOffset.UtcNow - started).TotalSeconds:F1} s");
    }

    [GlobalCleanup]
    public async Task Cleanup() => await network.DisposeAsync();

    [Benchmark(Baseline = true, Description = "Score the candidates' rows (baseline)")]
    public float Score() => model.Score(rows)[^1];

    [Benchmark(Description = "Features and scoring, people prepared (warm)")]
    public float RankWarm() => NeedRankingBenchmarks.Suggest(new NeedRanking(taxonomy, model, need, candidates, asOf, warm));

    [Benchmark(Description = "Features and scoring, nothing prepared (cold)")]
    public float RankCold() => NeedRankingBenchmarks.Suggest(new NeedRanking(taxonomy, model, need, candidates, asOf, new PreparedPeople(taxonomy)));

    [Benchmark(Description = "Skill statistics of the need's keys (part of features)")]
    public int Statistics() => SkillStatistics.ForNeed(need, [.. candidates.Select(warm.Prepare)]).DistinctKeys;

    [Benchmark(Description = "Find candidates in the skill index")]
    public async Task<int> FindCandidates() => (await finder.FindAsync(need, CancellationToken.None)).Count;

    [Benchmark(Description = "Match the need end to end")]
    public Task MatchNeed() => matcher.MatchAsync(message, CancellationToken.None);
}
