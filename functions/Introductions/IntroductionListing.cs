using Matchmaker.Coops;
using Matchmaker.Email.Outbox;
using Matchmaker.Needs;
using Matchmaker.Profiles;

namespace Matchmaker.Introductions;

/// <summary>
/// Introductions as coordinators list them: newest first, each with its emails' states and what to do about
/// a stuck one, and the names of the need, co-op and person it joins (never an address).
/// </summary>
public sealed class IntroductionListing(IntroductionStore store, EmailOutbox outbox, NeedStore needs, CoopStore coops, ProfileStore profiles)
{
    public async Task<IntroductionList> ListAsync(string? status, int limit, CancellationToken cancellationToken)
    {
        var found = (await store.ListAsync(status, cancellationToken))
            .OrderByDescending(i => i.ApprovedAt).ThenBy(i => i.Id, StringComparer.Ordinal).Take(limit).ToList();
        return new([.. await Task.WhenAll(found.Select(i => ViewAsync(i, cancellationToken)))]);
    }

    private async Task<IntroductionView> ViewAsync(IntroductionEntity i, CancellationToken cancellationToken)
    {
        var emails = outbox.OfIntroductionAsync(i.Id, cancellationToken);
        var need = needs.FindAsync(i.NeedId, cancellationToken);
        var coop = coops.FindAsync(i.CoopId, cancellationToken);
        var person = profiles.FindAsync(i.ProfileId, cancellationToken);
        var rows = (await emails).OrderBy(e => e.CreatedAt).ThenBy(e => e.RowKey, StringComparer.Ordinal).ToList();
        return new IntroductionView(
            i.Id, i.SuggestionId, i.NeedId, i.CoopId, i.ProfileId, i.Status, NullIfEmpty(i.PersonAnswer), NullIfEmpty(i.CoopAnswer), i.EndReason,
            i.ApprovedAt, i.AskedAt, i.ExpiresAt, i.EndedAt,
            rows.ToDictionary(e => e.RowKey, e => e.Status, StringComparer.Ordinal),
            [.. rows.Select(IntroductionEmailAdvice.View)],
            (await need)?.Title,
            (await coop)?.Name,
            (await person)?.Name);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
