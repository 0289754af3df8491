using Matchmaker.Model.Skills;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaker.Needs;

/// <summary>
/// The query of <c>GET /api/needs</c>: <c>?skill=</c> (a name or alias, resolved through the taxonomy as
/// profile skills are), <c>?remote=</c>, <c>?coop=</c> (a co-op id), <c>?limit=</c> and <c>?continuation=</c>
/// (opaque to clients: the last need id of the page before).
/// </summary>
public sealed record NeedListQuery(int Limit, string? After, string? SkillKey, string? SkillName, string? Remote, string? CoopId)
{
    public static (NeedListQuery? Query, IActionResult? Problem) From(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (page, problem) = PageRequest.From(request);
        if (problem is not null)
        {
            return (null, problem);
        }

        if (page!.StorageContinuation is { } after && !EntityId.IsValid(after))
        {
            return (null, Problems.Validation("continuation", "Not a continuation this API gave out."));
        }

        var rules = new FieldRules();
        var skill = Optional(request, "skill");
        var remote = Optional(request, "remote");
        var coop = Optional(request, "coop");
        if (skill is not null)
        {
            rules.Text("skill", skill, required: true);
        }

        rules.OneOf("remote", remote, FieldRules.RemoteOptions, required: false);
        if (coop is not null && !EntityId.IsValid(coop))
        {
            rules.Add("coop", "Must be a co-op id.");
        }

        if (!rules.IsValid)
        {
            return (null, Problems.Validation(rules.Errors));
        }

        var name = skill?.Trim();
        var key = string.IsNullOrEmpty(name) ? null : SkillNormalizer.Default.Resolve(name).Key;
        return (new NeedListQuery(page.Limit, page.StorageContinuation, key, key is null ? null : name, remote, coop), null);
    }

    /// <summary>Whether the need asks for the skill: the same taxonomy key, or the same words as typed.</summary>
    public bool Matches(NeedEntity need)
    {
        ArgumentNullException.ThrowIfNull(need);
        return SkillKey is null
            || NeedMapper.AskedSkills(need).Any(s => s.Key == SkillKey || string.Equals(s.Name.Trim(), SkillName, StringComparison.OrdinalIgnoreCase));
    }

    // An absent parameter is no filter; a given one is checked, even when empty.
    private static string? Optional(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var value) ? value.ToString() : null;
}
