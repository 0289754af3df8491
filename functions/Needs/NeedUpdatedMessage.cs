namespace Matchmaker.Needs;

/// <summary>A need was saved or closed. Ids and versions only.</summary>
public sealed record NeedUpdatedMessage(string Id, int Version);
