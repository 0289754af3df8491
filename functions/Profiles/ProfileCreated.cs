namespace Matchmaker.Profiles;

/// <summary>The answer to POST /api/profiles: the owner token appears here once and is never shown again.</summary>
public sealed record ProfileCreated(string Id, string OwnerToken, string Status);
