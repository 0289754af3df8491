using System.Text.Json;
using Matchmaker.Platform.Http;

namespace Matchmaker.Matching.Suggestions;

public static class SuggestionMapper
{
    /// <param name="fitScale">The <see cref="Model.Ranking.FitScale"/> quantiles of the suggestion's model version; empty for none.</param>
    public static SuggestionView ToView(SuggestionEntity entity, IReadOnlyList<double> fitScale)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new(
            entity.Id,
            entity.NeedId,
            entity.ProfileId,
            entity.Score,
            Model.Ranking.FitScale.Percentile(entity.Score, fitScale),
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
