namespace Matchmaker.Tests.System.Chaos;

/// <summary>One fault of a chaos run: what it was, when it began (from the start of the load) and how long it lasted.</summary>
public sealed record ChaosEvent(string What, TimeSpan At, TimeSpan Length)
{
    /// <summary>For an outage, how long after it ended the app's health answered 200 again (null when it never did).</summary>
    public TimeSpan? HealthyAfter { get; init; }

    /// <summary>The health status then (<c>ok</c>, <c>degraded</c>).</summary>
    public string? HealthStatus { get; init; }
}
