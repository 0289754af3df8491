namespace Matchmaker.Tests.Storage;

/// <summary>The order of the heaviest test classes names classes that exist: a renamed one would quietly start last.</summary>
public sealed class HeaviestFirstTests
{
    [Fact]
    public void Every_class_on_the_heaviest_list_exists_in_this_project()
    {
        var classes = typeof(HeaviestFirst).Assembly.GetTypes()
            .Select(type => type.FullName!)
            .Where(name => name.StartsWith("Matchmaker.Tests.Storage.", StringComparison.Ordinal))
            .Select(name => name["Matchmaker.Tests.Storage.".Length..])
            .ToHashSet(StringComparer.Ordinal);

        Assert.Subset(classes, HeaviestFirst.Heaviest.ToHashSet(StringComparer.Ordinal));
    }
}
