using Azure;
using Matchmaker.Coops;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Needs;

/// <summary>Co-ops' needs. A need another co-op owns is treated as not existing.</summary>
public sealed class NeedService(NeedStore store, CoopNames coopNames, QueueSender queue, TimeProvider time)
{
    public async Task<NeedEntity> CreateAsync(string coopId, NeedInput input, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var need = new NeedEntity { PartitionKey = EntityId.New(), CoopId = coopId, CreatedAt = now, UpdatedAt = now };
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

    /// <summary>Replaces a need. <paramref name="ifMatch"/>, when given, must be the need's current ETag.</summary>
    public Task<SaveResult<NeedEntity>> UpdateAsync(string id, string coopId, NeedInput input, ETag? ifMatch, CancellationToken cancellationToken) =>
        SaveAsync(id, coopId, ifMatch, need => NeedMapper.Apply(input, need), cancellationToken);

    /// <summary>The name every view of the co-op's needs shows.</summary>
    public Task<string> CoopNameAsync(string coopId, CancellationToken cancellationToken) => coopNames.OfAsync(coopId, cancellationToken);

    private static bool IsClosed(NeedEntity need) => need.Status == NeedStatus.Closed;

    /// <summary>Closes a need; closing a closed need changes nothing.</summary>
    public Task<SaveResult<NeedEntity>> CloseAsync(string id, string coopId, CancellationToken cancellationToken) =>
        SaveAsync(id, coopId, null, need => need.Status = NeedStatus.Closed, cancellationToken, unchangedIf: IsClosed);

    public async Task<ResultPage<NeedView>> ListOpenAsync(int limit, string? continuation, CancellationToken cancellationToken)
    {
        var (items, next) = await store.ListOpenAsync(limit, continuation, cancellationToken);
        var names = await coopNames.OfAsync(items.Select(n => n.CoopId), cancellationToken);
        return new ResultPage<NeedView>([.. items.Select(n => NeedMapper.ToView(n, names[n.CoopId]))], next);
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
        try
        {
            var response = await store.ReplaceAsync(need, need.ETag, cancellationToken);
            need.ETag = response.Headers.ETag ?? need.ETag;
        }
        catch (RequestFailedException exception) when (exception.Status == 412)
        {
            return new SaveResult<NeedEntity>(SaveOutcome.Stale);
        }

        await EnqueueAsync(need, cancellationToken);
        return new SaveResult<NeedEntity>(SaveOutcome.Saved, need);
    }

    private Task EnqueueAsync(NeedEntity need, CancellationToken cancellationToken) =>
        queue.SendAsync(StorageNames.NeedUpdatesQueue, new NeedUpdatedMessage(need.Id, need.Version), cancellationToken);
}
