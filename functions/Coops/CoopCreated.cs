namespace Matchmaker.Coops;

/// <summary>The answer to POST /api/coops: the co-op key appears here once and is never shown again.</summary>
public sealed record CoopCreated(string Id, string Key);
