namespace Matchmaker.Tests.Storage.Matching;

/// <summary>A <see cref="MatchingWorld"/> with an Azurite of its own: a burst of hundreds of messages must not slow the other worlds.</summary>
public sealed class BurstMatchingWorld : MatchingWorld
{
    protected override bool HasOwnAzurite => true;
}
