using System.Collections.Concurrent;

namespace Matchmaker.Tests.System.Chaos;

/// <summary>
/// What the clients of a chaos run asked and got: every answer by action and status (0: no answer at all,
/// as while the app is down), the answers no outage excuses, and every write the app acknowledged, to read
/// back once the run is over. Ids and tokens only: no names or addresses.
/// </summary>
public sealed class ChaosLedger
{
    private readonly ConcurrentDictionary<(string Action, int Status), int> outcomes = new();

    /// <summary>Answers that break the rules whatever happened to storage: a 5xx other than 503 with Retry-After.</summary>
    public ConcurrentQueue<string> Unexcused { get; } = new();

    /// <summary>Profiles answered 201, by id, with the newest owner token the app gave.</summary>
    public ConcurrentDictionary<string, string> Profiles { get; } = new();

    /// <summary>Profiles whose confirmation was answered 200.</summary>
    public ConcurrentDictionary<string, bool> Confirmed { get; } = new();

    /// <summary>Needs answered 201, by id, with the key of the co-op that posted them.</summary>
    public ConcurrentDictionary<string, string> Needs { get; } = new();

    /// <summary>Suggestions whose approval was answered 200, by id, with their need.</summary>
    public ConcurrentDictionary<string, string> Approvals { get; } = new();

    /// <summary>Introduction answers answered 200, by introduction id and side, with the answer.</summary>
    public ConcurrentDictionary<(string IntroductionId, string Side), string> Answers { get; } = new();

    public int Requests => outcomes.Values.Sum();

    public void Record(string action, int status) => outcomes.AddOrUpdate((action, status), 1, (_, count) => count + 1);

    /// <summary>Answers by status over all actions (0: no answer).</summary>
    public IReadOnlyDictionary<int, int> ByStatus() =>
        outcomes.GroupBy(pair => pair.Key.Status).OrderBy(group => group.Key).ToDictionary(group => group.Key, group => group.Sum(pair => pair.Value));

    /// <summary>Answers by action, then status.</summary>
    public IReadOnlyList<(string Action, int Status, int Count)> ByAction() =>
        [.. outcomes.OrderBy(pair => pair.Key.Action, StringComparer.Ordinal).ThenBy(pair => pair.Key.Status).Select(pair => (pair.Key.Action, pair.Key.Status, pair.Value))];
}
