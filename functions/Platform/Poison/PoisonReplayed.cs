namespace Matchmaker.Platform.Poison;

/// <summary>The answer to a replay: the message is back on its queue.</summary>
public sealed record PoisonReplayed(string Queue, string MessageId);
