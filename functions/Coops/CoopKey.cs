namespace Matchmaker.Coops;

/// <summary>The answer to replacing a co-op's key: the new key appears here once and is never shown again.</summary>
public sealed record CoopKey(string Id, string Key);
