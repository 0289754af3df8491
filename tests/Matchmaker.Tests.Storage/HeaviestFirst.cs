using Xunit.Abstractions;

[assembly: TestCollectionOrderer("Matchmaker.Tests.Storage.HeaviestFirst", "Matchmaker.Tests.Storage")]

namespace Matchmaker.Tests.Storage;

/// <summary>
/// Starts the test classes that take longest first, the rest after them by name. Several classes run at
/// once (xunit.runner.json); a long class started last would run on alone at the end, so the run would take
/// about as long as it plus everything before it. The list comes from measured durations; a class missing
/// from it only starts later, it still runs.
/// </summary>
public sealed class HeaviestFirst : ITestCollectionOrderer
{
    internal static readonly string[] Heaviest =
    [
        "Introductions.ConsentSequenceTests",
        "Profiles.ProfileNaughtyStringTests",
        "Profiles.ProfileListNaughtyStringTests",
        "Matching.NeedMatchingReliabilityTests",
        "Needs.NeedNaughtyStringTests",
        "Needs.NeedSkillNaughtyStringTests",
        "Matching.ProfileMatchingTests",
        "Introductions.IntroductionDeadlineTests",
        "Introductions.ExactlyOnceEmailTests",
        "Review.SuggestionDecisionTests",
        "Introductions.IntroductionFlowTests",
        "Ranking.RetrainTests",
        "Platform.StorageOutageTests",
        "Platform.AuthorizationMatrixTests",
        "Coops.CoopNaughtyStringTests",
    ];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(Rank).ThenBy(collection => collection.DisplayName, StringComparer.Ordinal);

    // A class's own collection is named "Test collection for <namespace>.<class>".
    private static int Rank(ITestCollection collection)
    {
        var index = Array.FindIndex(Heaviest, name => collection.DisplayName.EndsWith($".{name}", StringComparison.Ordinal));
        return index < 0 ? Heaviest.Length : index;
    }
}
