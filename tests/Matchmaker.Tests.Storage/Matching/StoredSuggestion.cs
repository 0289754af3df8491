using Matchmaker.Matching.Suggestions;

namespace Matchmaker.Tests.Storage.Matching;

/// <summary>A suggestion row as matching writes it, for tests that write the store themselves to read it back through the API.</summary>
public static class StoredSuggestion
{
    public static SuggestionEntity Of(string needId, string profileId, double score, string status, DateTimeOffset suggestedAt) => new()
    {
        PartitionKey = SuggestionEntity.NeedPartition(needId),
        RowKey = profileId,
        NeedId = needId,
        ProfileId = profileId,
        Status = status,
        Score = score,
        Rank = 1,
        ReasonsJson = """["has React and TypeScript, both required"]""",
        BreakdownJson = """{"requiredCoverageExact":0.5,"levelFit":-0.125}""",
        ModelVersion = "v000001",
        SuggestedAt = suggestedAt,
    };
}
