namespace Matchmaker.Health;

/// <param name="Model">The live ranking model's version, or "none" before the first one is trained.</param>
public sealed record HealthReport(string Status, string Storage, string Model);
