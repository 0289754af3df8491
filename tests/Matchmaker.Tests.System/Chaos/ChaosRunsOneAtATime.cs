namespace Matchmaker.Tests.System.Chaos;

/// <summary>
/// The chaos tests take turns: each keeps both cores busy with its own app, Azurite and clients, and one
/// run's load must not stretch the other's outages and waits.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ChaosRunsOneAtATime
{
    public const string Name = "Chaos runs one at a time";
}
