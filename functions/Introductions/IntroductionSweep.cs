using Matchmaker.Matching.Suggestions;
using Matchmaker.Platform.Audit;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.Options;

namespace Matchmaker.Introductions;

/// <summary>
/// Finds open introductions with something due and queues them (the step itself decides what), and approvals
/// left without their introduction.
/// </summary>
public sealed class IntroductionSweep(
    IntroductionStore store,
    SuggestionStore suggestions,
    IntroductionFlow flow,
    AuditLog audit,
    QueueSender queue,
    IOptions<IntroductionOptions> options,
    TimeProvider time)
{
    /// <summary>An approval's own message normally arrives within seconds; past this it is taken as lost.</summary>
    public static readonly TimeSpan LostAfter = TimeSpan.FromMinutes(10);

    /// <summary>How far back approvals are looked at for a missing introduction: many hourly sweeps' worth.</summary>
    public static readonly TimeSpan OrphansWithin = TimeSpan.FromDays(1);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var queued = 0;
        var open = new List<IntroductionEntity>();
        foreach (var status in new[] { IntroductionStatus.Requested, IntroductionStatus.Awaiting, IntroductionStatus.Accepted })
        {
            open.AddRange(await store.ListAsync(status, cancellationToken));
        }

        queued += await StartOrphansAsync(now, cancellationToken);
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

    // An approval whose request broke off after the decision and before the introduction was made (the
    // coordinator was answered 503): pressing approve again makes it, but a coordinator who closed the page
    // never will, and the suggestion no longer shows as pending. Made here as the approval would have.
    private async Task<int> StartOrphansAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var started = 0;
        foreach (var approved in await suggestions.ApprovedBetweenAsync(now - OrphansWithin, now - LostAfter, cancellationToken))
        {
            if (await store.FindAsync(IntroductionIds.Of(approved.Id), cancellationToken) is null)
            {
                // Who approved, from the audit; if its entry was the write that failed, the app is named instead.
                var decision = (await audit.OfSuggestionAsync(approved.Id, cancellationToken)).LastOrDefault(entry => entry.Action == SuggestionStatus.Approved);
                await flow.StartAsync(approved, decision?.Actor ?? AuditActor.App, cancellationToken);
                started++;
            }
        }

        return started;
    }
}
