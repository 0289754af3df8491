namespace Matchmaker.Needs;

/// <summary>What one run of <see cref="StaleNeedSweep"/> did.</summary>
public sealed record StaleNeedSweepResult(int Reminded, int Closed, int Failed);
