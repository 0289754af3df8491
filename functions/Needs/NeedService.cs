using Azure;
using Matchmaker.Coops;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Needs;

/// <summary>Co-ops' needs. A need another co-op owns is treated as not existing.</summary>
public sealed class NeedService(NeedStore store, CoopSummaries coops, QueueSender queue, TimeProvider time)
{
    /// <summary>How many needs storage reads at a time when the skill filter leaves some out.</summary>
    private const int FilteredPageSize = 1000;

    public async Task<NeedEntity> CreateAsync(string coopId, NeedInput input, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var need = new NeedEntity { PartitionKey = EntityId.New(), CoopId = coopId, CreatedAt = now, UpdatedAt = now, FreshSince = now };
        NeedMapper.Apply(input, need);
        await store.AddAsync(need, cancellationToken);
        try
        {
            await EnqueueAsync(need, cancellationToken);
        }
        catch
        {
            await store.DeleteAsync(need.Id, CancellationToken.None);
            throw;
        }

        return need;
    }

    public async Task<NeedEntity?> FindForCoopAsync(string id, string coopId, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) is { } need && need.CoopId == coopId ? need : null;

    /// <summary>Replaces a need and starts its staleness clock again. <paramref name="ifMatch"/>, when given, must be the need's current ETag.</summary>
    public Task<SaveResult<NeedEntity>> UpdateAsync(string id, string coopId, NeedInput input, ETag? ifMatch, CancellationToken cancellationToken) =>
        SaveAsync(id, coopId, ifMatch, need =>
        {
            NeedMapper.Apply(input, need);
            Refresh(need);
        }, cancellationToken);

    /// <summary>The co-op in brief, as every view of its needs shows it.</summary>
    public Task<CoopSummary> CoopAsync(string coopId, CancellationToken cancellationToken) => coops.OfAsync(coopId, cancellationToken);

    public async Task<NeedView> ViewAsync(NeedEntity need, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(need);
        return NeedMapper.ToView(need, await CoopAsync(need.CoopId, cancellationToken));
    }

    private static bool IsClosed(NeedEntity need) => need.Status == NeedStatus.Closed;

    /// <summary>
    /// Closes a need; closing a closed need changes nothing (the first close's reason and note stay). Matching
    /// then expires its pending suggestions.
    /// </summary>
    /// <param name="reason"><see cref="NeedStatus.ClosedByCoop"/> or <see cref="NeedStatus.Expired"/>.</param>
    /// <param name="why">The co-op's validated reason and note; null when the need closes itself.</param>
    /// <param name="ifMatch">When given, the need closes only if unchanged since read (an edit or renewal at the same moment wins).</param>
    public Task<SaveResult<NeedEntity>> CloseAsync(
        string id, string coopId, string reason, CloseNeedInput? why, ETag? ifMatch, CancellationToken cancellationToken) =>
        SaveAsync(id, coopId, ifMatch, need =>
        {
            need.Status = NeedStatus.Closed;
            need.ClosedReason = reason;
            need.ClosedBecause = why?.Reason;
            need.CloseNote = string.IsNullOrWhiteSpace(why?.Note) ? null : why.Note;
            need.ClosedAt = time.GetUtcNow();
        }, cancellationToken, unchangedIf: IsClosed);

    /// <summary>
    /// Starts an open need's staleness clock again, as an edit does, without changing what it asks for (so
    /// no re-matching). A closed need stays as it is.
    /// </summary>
    public async Task<SaveResult<NeedEntity>> RenewAsync(string id, string coopId, CancellationToken cancellationToken)
    {
        var need = await FindForCoopAsync(id, coopId, cancellationToken);
        if (need is null)
        {
            return new SaveResult<NeedEntity>(SaveOutcome.NotFound);
        }

        if (IsClosed(need))
        {
            return new SaveResult<NeedEntity>(SaveOutcome.Saved, need);
        }

        Refresh(need);
        return await ReplaceAsync(need, cancellationToken) ? new SaveResult<NeedEntity>(SaveOutcome.Saved, need) : new SaveResult<NeedEntity>(SaveOutcome.Stale);
    }

    /// <summary>Records that the co-op was reminded, if the need is unchanged since read; false when it changed meanwhile.</summary>
    public async Task<bool> MarkRemindedAsync(NeedEntity need, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(need);
        need.RemindedAt = time.GetUtcNow();
        return await ReplaceAsync(need, cancellationToken);
    }

    /// <summary>
    /// One page of open needs, in id order, filtered as the query asks. Storage filters by co-op and remote
    /// work; the skill filter reads on until the page is full. The continuation is the page's last id.
    /// </summary>
    public async Task<ResultPage<NeedView>> ListOpenAsync(NeedListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var items = new List<NeedEntity>();
        var pageSize = query.SkillKey is null ? query.Limit + 1 : FilteredPageSize;
        await foreach (var need in store.OpenAsync(query.After, query.CoopId, query.Remote, pageSize, cancellationToken))
        {
            if (!query.Matches(need))
            {
                continue;
            }

            items.Add(need);
            if (items.Count > query.Limit)
            {
                break;
            }
        }

        var page = items.Take(query.Limit).ToList();
        var summaries = await coops.OfAsync(page.Select(n => n.CoopId), cancellationToken);
        return new ResultPage<NeedView>(
            [.. page.Select(n => NeedMapper.ToView(n, summaries[n.CoopId]))],
            items.Count > query.Limit ? page[^1].Id : null);
    }

    private void Refresh(NeedEntity need)
    {
        need.FreshSince = time.GetUtcNow();
        need.RemindedAt = null;
    }

    private async Task<bool> ReplaceAsync(NeedEntity need, CancellationToken cancellationToken)
    {
        try
        {
            var response = await store.ReplaceAsync(need, need.ETag, cancellationToken);
            need.ETag = response.Headers.ETag ?? need.ETag;
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status == 412)
        {
            return false;
        }
    }

    private async Task<SaveResult<NeedEntity>> SaveAsync(
        string id, string coopId, ETag? ifMatch, Action<NeedEntity> change, CancellationToken cancellationToken,
        Func<NeedEntity, bool>? unchangedIf = null)
    {
        var need = await FindForCoopAsync(id, coopId, cancellationToken);
        if (need is null)
        {
            return new SaveResult<NeedEntity>(SaveOutcome.NotFound);
        }

        if (ifMatch is { } expected && expected != need.ETag)
        {
            return new SaveResult<NeedEntity>(SaveOutcome.Stale);
        }

        if (unchangedIf?.Invoke(need) == true)
        {
            return new SaveResult<NeedEntity>(SaveOutcome.Saved, need);
        }

        change(need);
        need.Version++;
        need.UpdatedAt = time.GetUtcNow();
        if (!await ReplaceAsync(need, cancellationToken))
        {
            return new SaveResult<NeedEntity>(SaveOutcome.Stale);
        }

        await EnqueueAsync(need, cancellationToken);
        return new SaveResult<NeedEntity>(SaveOutcome.Saved, need);
    }

    private Task EnqueueAsync(NeedEntity need, CancellationToken cancellationToken) =>
        queue.SendAsync(StorageNames.NeedUpdatesQueue, new NeedUpdatedMessage(need.Id, need.Version), cancellationToken);
}
