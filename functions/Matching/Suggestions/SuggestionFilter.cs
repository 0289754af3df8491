using Matchmaker.Platform.Common;
using Microsoft.AspNetCore.Http;

namespace Matchmaker.Matching.Suggestions;

/// <summary><c>?status=&amp;needId=&amp;profileId=&amp;coopId=</c> of the suggestions list; each is optional, an empty one is absent.</summary>
public sealed record SuggestionFilter(string? Status, string? NeedId, string? ProfileId, string? CoopId = null)
{
    public static (SuggestionFilter Filter, IReadOnlyDictionary<string, string[]> Errors) From(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var status = Query(request, "status");
        if (status is not null && !SuggestionStatus.All.Contains(status, StringComparer.Ordinal))
        {
            errors["status"] = [$"Must be one of {string.Join(", ", SuggestionStatus.All)}."];
        }

        var needId = Query(request, "needId");
        if (needId is not null && !EntityId.IsValid(needId))
        {
            errors["needId"] = ["Not a need id."];
        }

        var profileId = Query(request, "profileId");
        if (profileId is not null && !EntityId.IsValid(profileId))
        {
            errors["profileId"] = ["Not a profile id."];
        }

        var coopId = Query(request, "coopId");
        if (coopId is not null && !EntityId.IsValid(coopId))
        {
            errors["coopId"] = ["Not a co-op id."];
        }

        return (new SuggestionFilter(status, needId, profileId, coopId), errors);
    }

    /// <summary>Whether the suggestion passes the filters a suggestion row can answer alone (not the co-op's, which needs its needs).</summary>
    public bool Matches(SuggestionEntity suggestion)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        return (Status is null || suggestion.Status == Status)
            && (NeedId is null || suggestion.NeedId == NeedId)
            && (ProfileId is null || suggestion.ProfileId == ProfileId);
    }

    // A repeated parameter joins into one value with a comma, which no status or id contains: it is refused.
    private static string? Query(HttpRequest request, string name) =>
        request.Query[name].ToString() is { Length: > 0 } value ? value : null;
}
