using System.Collections.Concurrent;
using Matchmaker.Model.Explaining;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Ranking;
using Matchmaker.Model.Skills;

namespace Matchmaker.Matching;

/// <summary>
/// One need's candidates: features, then the live model's scores in one batch, best first. Only the
/// candidates kept are explained, in a second batch, because explaining costs about three times scoring
/// (docs/benchmarks.md). Skill statistics (for IDF and "rare skill" reasons) come from the candidates and
/// the need themselves.
/// </summary>
public sealed class NeedRanking
{
    /// <summary>From this many candidates the features are worked out on all cores (the app's bound is 500: one thread).</summary>
    public const int ParallelFrom = 4_096;

    private const int RangeSize = 1_024;

    private readonly RankingModel model;
    private readonly NeedProjection need;
    private readonly IReadOnlyList<PersonProjection> people;
    private readonly float[][] rows;
    private readonly float[] scores;
    private readonly ReasonWriter reasons;

    public NeedRanking(Taxonomy taxonomy, RankingModel model, NeedProjection need, IReadOnlyList<PersonProjection> people, DateTimeOffset now, PreparedPeople prepared)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(prepared);
        this.model = model;
        this.need = need;
        this.people = people;
        // Each candidate's need keys are counted (for IDF) as they are looked up, while they are at hand.
        var preparedPeople = new PreparedPerson[people.Count];
        var counter = new NeedSkillCounter(need);
        InRanges(people.Count, (from, to) =>
        {
            var counted = counter.Fresh();
            for (var i = from; i < to; i++)
            {
                preparedPeople[i] = prepared.Prepare(people[i]);
                counted.Count(preparedPeople[i]);
            }

            lock (counter)
            {
                counter.Add(counted);
            }
        });

        var statistics = counter.ToStatistics();
        var preparedNeed = new PairFeatureExtractor(taxonomy, statistics).Prepare(need, now);
        rows = new float[people.Count][];
        InRanges(people.Count, (from, to) =>
        {
            for (var i = from; i < to; i++)
            {
                rows[i] = new float[PairFeatures.Count];
                PairFeatureExtractor.Extract(preparedNeed, preparedPeople[i], rows[i]);
            }
        });

        scores = rows.Length == 0 ? [] : model.Score(rows);
        // Read by coordinators and sent to the co-op before either side accepts.
        reasons = new ReasonWriter(taxonomy, statistics, audience: ReasonAudience.Others);
    }

    /// <summary>How many candidates were scored.</summary>
    public int Count => rows.Length;

    /// <summary>
    /// The candidates best first, equal scores in profile id order, so every run ranks the same. Taken one at a
    /// time from a heap (built in one pass, log n a candidate), because matching reads only until it has its
    /// suggestions: sorting all 10,000 of a large run, ties by id, cost as much as their features (docs/benchmarks.md).
    /// </summary>
    public IEnumerable<RankedCandidate> BestFirst()
    {
        // NaN (never expected) goes last, as float.CompareTo puts it.
        var keys = Array.ConvertAll(scores, score => float.IsNaN(score) ? float.NegativeInfinity : score);
        var order = Comparer<int>.Create((x, y) =>
        {
            var byScore = keys[y].CompareTo(keys[x]);
            return byScore != 0 ? byScore : string.CompareOrdinal(people[x].Id, people[y].Id);
        });
        var heap = new PriorityQueue<int, int>(Enumerable.Range(0, scores.Length).Select(i => (i, i)), order);
        while (heap.TryDequeue(out var index, out _))
        {
            yield return new RankedCandidate(index, people[index], rows[index], scores[index]);
        }
    }

    /// <summary>Breakdowns and reasons of the given candidates, in one batch.</summary>
    public IReadOnlyList<ExplainedSuggestion> Explain(IReadOnlyList<RankedCandidate> kept)
    {
        ArgumentNullException.ThrowIfNull(kept);
        if (kept.Count == 0)
        {
            return [];
        }

        var explained = model.Explain([.. kept.Select(c => c.Features)]);
        return [.. kept.Select((candidate, i) => new ExplainedSuggestion(
            candidate,
            explained.Breakdown(i, PairFeatures.Names),
            [.. reasons.Write(need, candidate.Person, candidate.Features, explained.ContributionsOf(i)).Select(r => r.Text)]))];
    }

    /// <summary>
    /// Runs the body over [0, count) in a few ranges on the thread pool when there are thousands of candidates
    /// (each row depends only on its person and the prepared need), and in one range on this thread otherwise.
    /// </summary>
    private static void InRanges(int count, Action<int, int> body)
    {
        if (count < ParallelFrom || Environment.ProcessorCount == 1)
        {
            body(0, count);
            return;
        }

        Parallel.ForEach(Partitioner.Create(0, count, RangeSize), range => body(range.Item1, range.Item2));
    }

    public static IReadOnlyDictionary<string, float> Named(float[] features) =>
        PairFeatures.Names.Select((name, i) => (name, i)).ToDictionary(f => f.name, f => features[f.i], StringComparer.Ordinal);
}
