namespace Matchmaker.Tests.System.CoopDesk;

/// <summary>The co-op page's tests: one app and browser for all of them.</summary>
[CollectionDefinition(Name)]
public sealed class CoopPagesShareOneApp : ICollectionFixture<CoopPageWorld>
{
    public const string Name = "CoopPages";
}
