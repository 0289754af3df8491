using Matchmaker.Needs;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Matching;

/// <summary>Queues needs for (re-)matching with their current version, as saving a need does.</summary>
public sealed class RematchRequests(NeedStore needs, NeedRuns runs, QueueSender queue)
{
    /// <summary>
    /// Queues the need after a change that may alter its suggestions (a person indexed, a suggestion given
    /// way), once that change is stored: the message counts the runs started by now, and only a run started
    /// later, which therefore reads the change, can stand in for it. When an equal message is already on its
    /// way, none is queued (<see cref="NeedRuns.MessageToQueueAsync"/>).
    /// </summary>
    public async Task QueueAsync(NeedEntity need, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(need);
        if (await runs.MessageToQueueAsync(need, cancellationToken) is { } message)
        {
            await queue.SendAsync(StorageNames.NeedUpdatesQueue, message, cancellationToken);
            await runs.QueuedAsync(message, cancellationToken);
        }
    }

    /// <summary>
    /// Every open need: when a new model goes live, every suggestion list is made again with it. These
    /// messages name no count of runs, so each need runs once more whatever ran before: a run on an instance
    /// that has not yet loaded the new model must not stand in for them.
    /// </summary>
    public async Task QueueAllOpenAsync(CancellationToken cancellationToken)
    {
        foreach (var need in await needs.AllOpenAsync(cancellationToken))
        {
            await queue.SendAsync(StorageNames.NeedUpdatesQueue, new NeedUpdatedMessage(need.Id, need.Version), cancellationToken);
        }
    }
}
