namespace Matchmaker.Demo;

/// <summary>A fictional co-op in the demo data.</summary>
public sealed record DemoCoop(string Id, string Name, string ContactEmail, string City);
