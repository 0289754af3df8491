namespace Matchmaker.Platform.Health;

/// <param name="Status">"ok"; "degraded" when something needs a person (a poison queue holds messages, a key is wrong); "unavailable" when storage is down.</param>
/// <param name="Model">The live ranking model's version, or "none" before the first one is trained.</param>
/// <param name="Poison">Each poison queue's approximate message count; empty when storage is down.</param>
/// <param name="PoisonOldestSeconds">For each poison queue holding messages, the age of its oldest in whole seconds.</param>
/// <param name="Reasons">Why the status is not "ok", one sentence each naming the queue or setting to look at (never a key); empty when ok.</param>
public sealed record HealthReport(
    string Status, string Storage, string Model, IReadOnlyDictionary<string, int> Poison, IReadOnlyDictionary<string, long> PoisonOldestSeconds, IReadOnlyList<string> Reasons)
{
    public const string StorageDownReason = "Storage does not answer: requests that need it answer 503, and queue messages wait in their queues.";

    public static HealthReport Down { get; } = new("unavailable", "down", "none", new Dictionary<string, int>(), new Dictionary<string, long>(), [StorageDownReason]);

    /// <param name="problems">Reasons found beside the poison queues (a key that may not be used).</param>
    public static HealthReport Up(string model, IReadOnlyDictionary<string, int> poison, IReadOnlyDictionary<string, long> oldest, IEnumerable<string> problems)
    {
        ArgumentNullException.ThrowIfNull(poison);
        var reasons = new List<string>(problems);
        var stuck = poison.Where(p => p.Value > 0).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        if (stuck.Count > 0)
        {
            reasons.Add($"Queue messages failed every try and wait in {string.Join(", ", stuck)}: see Stuck work on the review page (GET /api/poison).");
        }

        return new(reasons.Count > 0 ? "degraded" : "ok", "up", model, poison, oldest, reasons);
    }
}
