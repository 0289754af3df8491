using System.Text.Json;
using Matchmaker.Platform.Http;

namespace Matchmaker.Matching.Suggestions;

public static class SuggestionMapper
{
    public static SuggestionView ToView(SuggestionEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new(
            entity.Id,
            entity.NeedId,
            entity.ProfileId,
            entity.Score,
            entity.Rank,
            Read<List<string>>(entity.ReasonsJson),
            Read<Dictionary<string, double>>(entity.BreakdownJson),
            entity.Status,
            entity.ModelVersion,
            entity.SuggestedAt);
    }

    // Only matching writes these columns; a row that cannot be read still lists (with nothing to explain it)
    // rather than failing the coordinator's whole page.
    private static T Read<T>(string json) where T : new()
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, MatchmakerJson.Options) ?? new T();
        }
        catch (JsonException)
        {
            return new T();
        }
    }
}
