namespace Matchmaker.Platform.Health;

/// <summary>What the poison queues hold: each one's approximate count, and for each holding messages the age of its oldest in whole seconds.</summary>
public sealed record PoisonQueueState(IReadOnlyDictionary<string, int> Counts, IReadOnlyDictionary<string, long> OldestSeconds);
