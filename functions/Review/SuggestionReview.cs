using System.Text.Json;
using Azure;
using Matchmaker.Introductions;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Model.Training;
using Matchmaker.Needs;
using Matchmaker.Platform.Audit;
using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Matchmaker.Platform.Telemetry;
using Matchmaker.Profiles;
using Matchmaker.Ranking.Decisions;

namespace Matchmaker.Review;

/// <summary>
/// Coordinators' decisions on suggestions. A decision is written under the suggestion's ETag, so of two
/// decisions at once exactly one lands and the other is told the suggestion is already decided. Each
/// decision is audited and, if the person consented, kept as a training label with the pair's features.
/// </summary>
public sealed class SuggestionReview(
    SuggestionStore suggestions,
    NeedStore needs,
    ProfileStore profiles,
    DecisionStore decisions,
    AuditLog audit,
    IntroductionFlow introductions,
    IntroductionStore introductionStore,
    TimeProvider time,
    MatchmakerMetrics metrics)
{
    public const string CoordinatorKeyActor = AuditActor.CoordinatorKey;

    /// <summary>Tries this often when re-matching (not a decision) changed the suggestion between read and write.</summary>
    public const int Attempts = 3;

    public async Task<(SuggestionDecided? Decided, DecisionRefusal Refusal)> ApproveAsync(
        string id, ApproveInput input, Caller caller, CancellationToken cancellationToken)
    {
        var result = await WithRetriesAsync(() => TryApproveAsync(id, input, caller, cancellationToken));
        if (result.Refusal == DecisionRefusal.AlreadyDecided
            && SuggestionId.TryParse(id, out var needId, out var profileId)
            && await suggestions.FindAsync(needId, profileId, cancellationToken) is { Status: SuggestionStatus.Approved } approved)
        {
            // Approved before, but the request broke off after the decision: the person's copy may still say
            // pending (counting against their cap), and the introduction may never have been made. Both now.
            await suggestions.MirrorAsync(approved, cancellationToken);
            if (await introductionStore.FindAsync(IntroductionIds.Of(approved.Id), cancellationToken) is null)
            {
                await introductions.StartAsync(approved, Actor(caller), cancellationToken);
            }
        }

        return result;
    }

    public Task<(SuggestionDecided? Decided, DecisionRefusal Refusal)> RejectAsync(
        string id, RejectInput input, Caller caller, CancellationToken cancellationToken) =>
        WithRetriesAsync(() => TryRejectAsync(id, input, caller, cancellationToken));

    private static async Task<(SuggestionDecided? Decided, DecisionRefusal Refusal)> WithRetriesAsync(
        Func<Task<(SuggestionDecided? Decided, DecisionRefusal Refusal)>> attempt)
    {
        for (var i = 1; ; i++)
        {
            try
            {
                return await attempt();
            }
            catch (RequestFailedException exception) when (exception.Status == 412)
            {
                // Re-matching rewrote the still-pending row meanwhile: read it again and decide on that. (A
                // decision made meanwhile is found on the next read, and answered as already decided.)
                if (i == Attempts)
                {
                    return (null, DecisionRefusal.ChangedMeanwhile);
                }
            }
        }
    }

    private async Task<(SuggestionDecided? Decided, DecisionRefusal Refusal)> TryApproveAsync(
        string id, ApproveInput input, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (suggestion, refusal) = await FindPendingAsync(id, cancellationToken);
        if (suggestion is null)
        {
            return (null, refusal);
        }

        var need = await needs.FindAsync(suggestion.NeedId, cancellationToken);
        if (need is not { Status: NeedStatus.Open })
        {
            return (null, DecisionRefusal.NeedNotOpen);
        }

        // An opening is taken by an introduction under way or made; one declined, expired or cancelled frees it.
        var taken = (await introductionStore.OfNeedAsync(need.Id, cancellationToken))
            .Count(i => IntroductionStatus.IsOpen(i.Status) || i.Status == IntroductionStatus.Connected);
        if (taken >= need.Openings)
        {
            return (null, DecisionRefusal.NoOpeningsLeft);
        }

        var profile = await profiles.FindAsync(suggestion.ProfileId, cancellationToken);
        if (profile is not { Status: ProfileStatus.Active, ConsentIntroductions: true })
        {
            return (null, DecisionRefusal.NoConsentToIntroductions);
        }

        suggestion.Note = input.Note;
        var decided = await DecideAsync(suggestion, SuggestionStatus.Approved, "", DecisionOutcome.Approved, profile.ConsentTraining, caller, cancellationToken);
        if (decided.Decided is not null)
        {
            await introductions.StartAsync(suggestion, Actor(caller), cancellationToken);
        }

        return decided;
    }

    private async Task<(SuggestionDecided? Decided, DecisionRefusal Refusal)> TryRejectAsync(
        string id, RejectInput input, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (suggestion, refusal) = await FindPendingAsync(id, cancellationToken);
        if (suggestion is null)
        {
            return (null, refusal);
        }

        var profile = await profiles.FindAsync(suggestion.ProfileId, cancellationToken);
        suggestion.RejectionReason = input.Reason;
        suggestion.Note = input.Note;
        return await DecideAsync(
            suggestion, SuggestionStatus.Rejected, input.Reason!, DecisionOutcome.Rejected, profile?.ConsentTraining ?? false, caller, cancellationToken);
    }

    private async Task<(SuggestionEntity? Suggestion, DecisionRefusal Refusal)> FindPendingAsync(string id, CancellationToken cancellationToken)
    {
        if (!SuggestionId.TryParse(id, out var needId, out var profileId)
            || await suggestions.FindAsync(needId, profileId, cancellationToken) is not { } suggestion)
        {
            return (null, DecisionRefusal.NotFound);
        }

        return suggestion.Status == SuggestionStatus.Pending ? (suggestion, DecisionRefusal.None) : (null, DecisionRefusal.AlreadyDecided);
    }

    private async Task<(SuggestionDecided? Decided, DecisionRefusal Refusal)> DecideAsync(
        SuggestionEntity suggestion, string status, string reason, DecisionOutcome outcome, bool consentsToTraining, Caller caller, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var decisionId = Guid.NewGuid().ToString("N");
        suggestion.Status = status;
        suggestion.DecidedAt = now;
        suggestion.DecisionId = decisionId;
        try
        {
            await suggestions.ReplaceAsync(suggestion, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            // Removed meanwhile (the person left matching, or the need was matched again without them).
            return (null, DecisionRefusal.NotFound);
        }
        catch (RequestFailedException exception) when (exception.Status == 412)
        {
            // Either another decision or a re-matching run changed the row (the caller reads again), or this
            // decision went through and its answer was lost, so the SDK's retry of it met the ETag it had itself
            // changed: then it stands, and is audited and labelled as any other.
            if ((await suggestions.FindAsync(suggestion.NeedId, suggestion.ProfileId, cancellationToken))?.DecisionId != decisionId)
            {
                throw;
            }

            // The person's copy was not written after the lost answer: left pending, it would count against
            // the person's cap of pending suggestions and show a decided suggestion as undecided.
            await suggestions.MirrorAsync(suggestion, cancellationToken);
        }

        await audit.AppendAsync(
            new AuditEntity
            {
                PartitionKey = suggestion.Id,
                Actor = Actor(caller),
                Action = status,
                Reason = reason,
                NeedId = suggestion.NeedId,
                ProfileId = suggestion.ProfileId,
                ModelVersion = suggestion.ModelVersion,
                At = now,
            },
            cancellationToken);
        var features = JsonSerializer.Deserialize<Dictionary<string, float>>(suggestion.FeaturesJson, MatchmakerJson.Options) ?? [];
        await decisions.RecordAsync(
            new DecisionRecord(suggestion.NeedId, suggestion.ProfileId, outcome, features, suggestion.ModelVersion), consentsToTraining, cancellationToken);
        if (outcome == DecisionOutcome.Approved)
        {
            metrics.Approved(suggestion.ModelVersion);
        }
        else
        {
            metrics.Rejected(reason, suggestion.ModelVersion);
        }

        return (new SuggestionDecided(suggestion.Id, status, now), DecisionRefusal.None);
    }

    private static string Actor(Caller? caller) => caller?.SubjectId ?? CoordinatorKeyActor;
}
