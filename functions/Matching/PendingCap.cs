using Azure;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Needs;
using Microsoft.Extensions.Options;

namespace Matchmaker.Matching;

/// <summary>
/// Keeps each person's pending suggestions at most <see cref="MatchingOptions.PendingPerPerson"/>, filled by
/// their best needs: a person at the cap is suggested for another need only if it scores above the weakest of
/// their best pending ones, which then gives way after the write (and its need is matched again to fill the place). Scores of one
/// model for one person are compared across needs here; that is the only place they are.
/// </summary>
public sealed class PendingCap(SuggestionStore suggestions, NeedStore needs, RematchRequests queue, IOptions<MatchingOptions> options)
{
    public async Task<List<RankedCandidate>> ChooseAsync(
        string needId, IEnumerable<RankedCandidate> ranked, int count, CancellationToken cancellationToken)
    {
        var limit = options.Value.PendingPerPerson;
        var chosen = new List<RankedCandidate>();
        foreach (var batch in ranked.Chunk(count))
        {
            // The persons' own partitions, read together for a batch rather than one by one.
            var pendings = await Task.WhenAll(batch.Select(c => suggestions.OfProfileAsync(c.Person.Id, cancellationToken)));
            for (var i = 0; i < batch.Length && chosen.Count < count; i++)
            {
                var others = pendings[i].Where(s => s.Status == SuggestionStatus.Pending && s.NeedId != needId).ToList();

                // At (or, while other runs write, over) the cap, this need is taken only if it beats the
                // person's limit-th best; the ones it pushes out give way once its rows are written.
                if (others.Count < limit
                    || batch[i].Score > others.OrderByDescending(s => s.Score).ThenBy(s => s.NeedId, StringComparer.Ordinal).ElementAt(limit - 1).Score)
                {
                    chosen.Add(batch[i]);
                }
            }

            if (chosen.Count == count)
            {
                break;
            }
        }

        return chosen;
    }

    /// <summary>
    /// After the need's rows are written: runs for other needs at the same time may each have seen a place
    /// free for the same person. Whoever is then over the cap keeps only their best
    /// <see cref="MatchingOptions.PendingPerPerson"/>; the others give way as above. Every run checks after
    /// its own write, so the last one to finish sees all the others' rows and the cap holds.
    /// </summary>
    public async Task EnforceAsync(string needId, IReadOnlyList<string> people, CancellationToken cancellationToken)
    {
        var limit = options.Value.PendingPerPerson;
        var pendings = await Task.WhenAll(people.Select(p => suggestions.OfProfileAsync(p, cancellationToken)));
        foreach (var pending in pendings.Select(rows => rows.Where(s => s.Status == SuggestionStatus.Pending).ToList()).Where(rows => rows.Count > limit))
        {
            foreach (var surplus in pending.OrderByDescending(s => s.Score).ThenBy(s => s.NeedId, StringComparer.Ordinal).Skip(limit))
            {
                await GiveWayAsync(surplus, requeue: surplus.NeedId != needId, cancellationToken);
            }
        }
    }

    private async Task<bool> GiveWayAsync(SuggestionEntity mirror, bool requeue, CancellationToken cancellationToken)
    {
        var suggestion = await suggestions.FindAsync(mirror.NeedId, mirror.ProfileId, cancellationToken);
        if (suggestion is not { Status: SuggestionStatus.Pending })
        {
            return false;
        }

        try
        {
            await suggestions.DeleteAsync(suggestion, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 412)
        {
            // Decided or removed meanwhile: it does not give way.
            return false;
        }

        if (requeue && await needs.FindAsync(mirror.NeedId, cancellationToken) is { Status: NeedStatus.Open } need)
        {
            await queue.QueueAsync(need, cancellationToken);
        }

        return true;
    }
}
