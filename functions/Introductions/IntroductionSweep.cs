using Matchmaker.Platform.Storage;
using Microsoft.Extensions.Options;

namespace Matchmaker.Introductions;

/// <summary>Finds open introductions with something due and queues them (the step itself decides what).</summary>
public sealed class IntroductionSweep(IntroductionStore store, QueueSender queue, IOptions<IntroductionOptions> options, TimeProvider time)
{
    /// <summary>An approval's own message normally arrives within seconds; past this it is taken as lost.</summary>
    public static readonly TimeSpan LostAfter = TimeSpan.FromMinutes(10);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var queued = 0;
        var open = new List<IntroductionEntity>();
        foreach (var status in new[] { IntroductionStatus.Requested, IntroductionStatus.Awaiting, IntroductionStatus.Accepted })
        {
            open.AddRange(await store.ListAsync(status, cancellationToken));
        }

        foreach (var introduction in open)
        {
            var due = introduction.Status switch
            {
                IntroductionStatus.Requested or IntroductionStatus.Accepted => now - introduction.UpdatedAt >= LostAfter,
                IntroductionStatus.Awaiting => now >= introduction.ExpiresAt || (introduction.RemindedAt is null && now >= introduction.AskedAt + options.Value.RemindAfter),
                _ => false,
            };
            if (due)
            {
                await queue.SendAsync(StorageNames.IntroductionsQueue, new IntroductionMessage(introduction.Id), cancellationToken);
                queued++;
            }
        }

        return queued;
    }
}
