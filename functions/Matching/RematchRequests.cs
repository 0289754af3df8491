using Matchmaker.Needs;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Matching;

/// <summary>Queues needs for (re-)matching with their current version, as saving a need does.</summary>
public sealed class RematchRequests(NeedStore needs, QueueSender queue)
{
    public Task QueueAsync(NeedEntity need, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(need);
        return queue.SendAsync(StorageNames.NeedUpdatesQueue, new NeedUpdatedMessage(need.Id, need.Version), cancellationToken);
    }

    /// <summary>Every open need: when a new model goes live, every suggestion list is made again with it.</summary>
    public async Task QueueAllOpenAsync(CancellationToken cancellationToken)
    {
        foreach (var need in await needs.AllOpenAsync(cancellationToken))
        {
            await QueueAsync(need, cancellationToken);
        }
    }
}
