namespace Matchmaker.Tests.System.Newcomers;

/// <summary>The page-state and serving tests: one app and browser of their own, so they run beside the journeys.</summary>
[CollectionDefinition(Name)]
public sealed class NewcomerPagesShareOneApp : ICollectionFixture<NewcomerPagesWorld>
{
    public const string Name = "NewcomerPages";
}
