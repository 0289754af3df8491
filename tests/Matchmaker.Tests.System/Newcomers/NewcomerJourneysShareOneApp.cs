namespace Matchmaker.Tests.System.Newcomers;

/// <summary>The journeys, the naughty strings and the log checks: one app and browser, their classes one after another.</summary>
[CollectionDefinition(Name)]
public sealed class NewcomerJourneysShareOneApp : ICollectionFixture<NewcomerPagesWorld>
{
    public const string Name = "NewcomerJourneys";
}
