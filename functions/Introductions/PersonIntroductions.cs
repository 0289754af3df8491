using Matchmaker.Coops;
using Matchmaker.Needs;

namespace Matchmaker.Introductions;

/// <summary>One person's introductions for their own page: only theirs, with need titles and co-op names, no contact data.</summary>
public sealed class PersonIntroductions(IntroductionStore store, NeedStore needs, CoopStore coops, IntroductionResponses responses)
{
    public async Task<PersonIntroductionList> OfAsync(string profileId, CancellationToken cancellationToken)
    {
        var found = (await store.OfProfileAsync(profileId, cancellationToken))
            .OrderByDescending(i => i.ApprovedAt).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
        var titles = new Dictionary<string, (string Title, string CoopId)>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var items = new List<PersonIntroductionView>(found.Count);
        foreach (var introduction in found)
        {
            if (!titles.TryGetValue(introduction.NeedId, out var need))
            {
                var entity = await needs.FindAsync(introduction.NeedId, cancellationToken);
                titles[introduction.NeedId] = need = (entity?.Title ?? "", entity?.CoopId ?? introduction.CoopId);
            }

            if (!names.TryGetValue(introduction.CoopId, out var coopName))
            {
                names[introduction.CoopId] = coopName = (await coops.FindAsync(introduction.CoopId, cancellationToken))?.Name ?? "";
            }

            var canAnswer = responses.PersonCanAnswer(introduction);
            items.Add(new PersonIntroductionView(
                introduction.Id,
                introduction.NeedId,
                need.Title,
                coopName,
                introduction.Status,
                introduction.PersonAnswer.Length == 0 ? null : introduction.PersonAnswer,
                canAnswer,
                canAnswer ? introduction.ExpiresAt : null));
        }

        return new PersonIntroductionList(items);
    }
}
