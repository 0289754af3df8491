using Matchmaker.Platform.Common;

namespace Matchmaker.Matching.Suggestions;

/// <summary>Suggestion ids are the need id and the profile id joined by <c>~</c>, so they need no lookup.</summary>
public static class SuggestionId
{
    public const char Separator = '~';

    public static string Of(string needId, string profileId) => $"{needId}{Separator}{profileId}";

    public static bool TryParse(string? id, out string needId, out string profileId)
    {
        (needId, profileId) = ("", "");
        var parts = id?.Split(Separator);
        if (parts is not [var need, var profile] || !EntityId.IsValid(need) || !EntityId.IsValid(profile))
        {
            return false;
        }

        (needId, profileId) = (need, profile);
        return true;
    }
}
