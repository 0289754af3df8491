namespace Matchmaker.Profiles;

/// <summary>A profile was saved. Ids and versions only: queue messages never carry personal data.</summary>
public sealed record ProfileUpdatedMessage(string Id, int Version);
