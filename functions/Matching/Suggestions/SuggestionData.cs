using Matchmaker.Profiles.PersonalData;

namespace Matchmaker.Matching.Suggestions;

/// <summary>Suggestions of the person for needs, in both the need's and the person's partition.</summary>
public sealed class SuggestionData(SuggestionStore suggestions) : IPersonalDataHolder
{
    public string Name => "suggestions";

    public async Task<object?> ExportAsync(string profileId, CancellationToken cancellationToken) =>
        (await suggestions.OfProfileAsync(profileId, cancellationToken))
            .Select(s => new { needId = s.NeedId, status = s.Status, score = s.Score, rank = s.Rank, suggestedAt = s.SuggestedAt }).ToList();

    public async Task EraseAsync(string profileId, CancellationToken cancellationToken)
    {
        foreach (var suggestion in await suggestions.OfProfileAsync(profileId, cancellationToken))
        {
            await suggestions.EraseAsync(suggestion.NeedId, profileId, cancellationToken);
        }
    }
}
