using Matchmaker.Email.Outbox;
using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Introductions;

/// <summary>Introductions, newest first, optionally of one status, with the state of each of their emails and what to do about a stuck one.</summary>
public sealed class ListIntroductions(IntroductionStore store, EmailOutbox outbox)
{
    [Function(nameof(ListIntroductions))]
    [RequiresRole(CallerRole.Coordinator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "introductions")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var status = request.Query["status"].ToString();
        if (status.Length > 0 && !IntroductionStatus.All.Contains(status))
        {
            return Problems.Validation("status", $"Must be one of: {string.Join(", ", IntroductionStatus.All)}.");
        }

        var (limit, problem) = QueryLimit.From(request);
        if (problem is not null)
        {
            return problem;
        }

        var found = (await store.ListAsync(status.Length > 0 ? status : null, cancellationToken))
            .OrderByDescending(i => i.ApprovedAt).ThenBy(i => i.Id, StringComparer.Ordinal).Take(limit).ToList();
        var views = new List<IntroductionView>(found.Count);
        foreach (var i in found)
        {
            var rows = (await outbox.OfIntroductionAsync(i.Id, cancellationToken)).OrderBy(e => e.CreatedAt).ThenBy(e => e.RowKey, StringComparer.Ordinal).ToList();
            views.Add(new IntroductionView(
                i.Id, i.SuggestionId, i.NeedId, i.CoopId, i.ProfileId, i.Status, NullIfEmpty(i.PersonAnswer), NullIfEmpty(i.CoopAnswer), i.EndReason,
                i.ApprovedAt, i.AskedAt, i.ExpiresAt, i.EndedAt,
                rows.ToDictionary(e => e.RowKey, e => e.Status, StringComparer.Ordinal),
                [.. rows.Select(IntroductionEmailAdvice.View)]));
        }

        return new OkObjectResult(new IntroductionList(views));
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
