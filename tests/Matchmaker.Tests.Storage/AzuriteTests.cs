namespace Matchmaker.Tests.Storage;

/// <summary>The test collection that shares one <see cref="AzuriteFixture"/>; use <c>[Collection(AzuriteTests.Name)]</c>.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteTests : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
