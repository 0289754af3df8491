namespace Matchmaker.Demo;

/// <summary>A fictional co-op in the demo data, with its public profile: what it does and the skills it can teach.</summary>
public sealed record DemoCoop(string Id, string Name, string ContactEmail, string City, string About, IReadOnlyList<string> Teaches);
