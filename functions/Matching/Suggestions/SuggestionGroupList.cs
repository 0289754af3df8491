namespace Matchmaker.Matching.Suggestions;

/// <summary>The body of <c>GET /suggestions/by-need</c>: one group per need, the need with the best suggestion first.</summary>
public sealed record SuggestionGroupList(IReadOnlyList<SuggestionGroup> Items);
