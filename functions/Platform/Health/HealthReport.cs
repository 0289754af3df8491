namespace Matchmaker.Platform.Health;

/// <param name="Status">"ok"; "degraded" when a poison queue holds messages; "unavailable" when storage is down.</param>
/// <param name="Model">The live ranking model's version, or "none" before the first one is trained.</param>
/// <param name="Poison">Each poison queue's approximate message count; empty when storage is down.</param>
/// <param name="PoisonOldestSeconds">For each poison queue holding messages, the age of its oldest in whole seconds.</param>
public sealed record HealthReport(string Status, string Storage, string Model, IReadOnlyDictionary<string, int> Poison, IReadOnlyDictionary<string, long> PoisonOldestSeconds)
{
    public static HealthReport Down { get; } = new("unavailable", "down", "none", new Dictionary<string, int>(), new Dictionary<string, long>());

    public static HealthReport Up(string model, IReadOnlyDictionary<string, int> poison, IReadOnlyDictionary<string, long> oldest)
    {
        ArgumentNullException.ThrowIfNull(poison);
        return new(poison.Values.Any(count => count > 0) ? "degraded" : "ok", "up", model, poison, oldest);
    }
}
