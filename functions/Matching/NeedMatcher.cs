using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Model.Skills;
using Matchmaker.Needs;
using Matchmaker.Platform.Http;
using Matchmaker.Platform.Telemetry;
using Matchmaker.Ranking;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaker.Matching;

/// <summary>
/// Makes a need's suggestions as the need is now: its candidates from the skill index, scored and explained
/// by the live model in one batch, the best <see cref="MatchingOptions.SuggestionsPerNeed"/> kept within each
/// person's cap of pending suggestions. It reads the stored need rather than trusting the message, writes
/// rows keyed by the two ids only, and never touches a decided suggestion, so repeated and concurrent runs
/// end in the same rows. Runs for one need take turns, and a message that a later run has already matched
/// does nothing (<see cref="NeedRuns"/>): a burst of changes to the people a need fits costs a few runs.
/// </summary>
public sealed partial class NeedMatcher(
    NeedStore needs,
    NeedRuns runs,
    CandidateFinder candidates,
    ActiveRankingModel model,
    SuggestionStore suggestions,
    PendingCap cap,
    PreparedPeople prepared,
    Taxonomy taxonomy,
    IOptions<MatchingOptions> options,
    TimeProvider time,
    MatchmakerMetrics metrics,
    ILogger<NeedMatcher> logger)
{
    public async Task MatchAsync(NeedUpdatedMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        // Without a live model a run only expires what a closed need left pending: nothing to take turns for.
        if (!options.Value.CoalesceRuns || await model.GetAsync(cancellationToken) is null)
        {
            metrics.NeedRun((await MatchWithRetriesAsync(message, cancellationToken)).Outcome);
            return;
        }

        var runsStarted = message.RunsStarted;
        for (var turn = 1; ; turn++)
        {
            if (await runs.ClaimAsync(message.Id, runsStarted, cancellationToken) is not { } lease)
            {
                LogCoalesced(logger, runsStarted ?? 0);
                metrics.NeedRun(NeedRunOutcomes.Coalesced);
                return;
            }

            (string Outcome, bool Gone) result;
            try
            {
                result = await MatchWithRetriesAsync(message, cancellationToken);
            }
            catch
            {
                await runs.ReleaseAsync(lease);
                throw;
            }

            if (result.Gone)
            {
                await runs.ForgetAsync(lease, cancellationToken);
            }
            else if (!await runs.CompleteAsync(lease, cancellationToken))
            {
                // Another run took the need when this one's lease ran out, and this one's rows may have landed
                // after that run's: match again, whatever ran meanwhile.
                LogLeaseLost(logger, lease.Number, turn);
                if (turn < 3)
                {
                    runsStarted = null;
                    continue;
                }

                throw new TimeoutException("Matching runs for a need kept outlasting their lease.");
            }

            metrics.NeedRun(result.Outcome);
            return;
        }
    }

    // A run that still meets a changed row (a coordinator's decision; another need's run giving a person's place
    // to a better need, or withdrawing a suggestion this run meant to update: a 404 inside a transaction) reads again: that settles in milliseconds, where failing the message would wait out the
    // queue's visibility timeout and count towards poison. Past the last attempt the queue retries.
    private async Task<(string Outcome, bool Gone)> MatchWithRetriesAsync(NeedUpdatedMessage message, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await MatchOnceAsync(message, cancellationToken);
            }
            catch (RequestFailedException exception) when (IsConflict(exception) && attempt < options.Value.WriteAttempts)
            {
                LogWriteConflict(logger, attempt);
                metrics.WriteConflict();
                // Random, growing waits, so runs that collided do not read again in step.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(10, 100) * attempt), cancellationToken);
            }
        }
    }

    private static bool IsConflict(RequestFailedException exception) =>
        exception.Status is 409 or 412 || exception is TableTransactionFailedException { Status: 404 };

    private async Task<(string Outcome, bool Gone)> MatchOnceAsync(NeedUpdatedMessage message, CancellationToken cancellationToken)
    {
        var need = await needs.FindAsync(message.Id, cancellationToken);
        if (need is null)
        {
            LogUnknownNeed(logger);
            await ExpirePendingAsync(message.Id, cancellationToken);
            return (NeedRunOutcomes.Idle, true);
        }

        if (message.Version < need.Version)
        {
            LogStale(logger, message.Version, need.Version);
            return (NeedRunOutcomes.Idle, false);
        }

        if (need.Status != NeedStatus.Open)
        {
            await ExpirePendingAsync(need.Id, cancellationToken);
            return (NeedRunOutcomes.Idle, false);
        }

        if (await model.GetAsync(cancellationToken) is not { } live)
        {
            // Every open need is queued again when the first model goes live.
            LogNoModel(logger);
            return (NeedRunOutcomes.Idle, false);
        }

        var projection = MatchingProjections.Of(need);
        var people = await candidates.FindAsync(projection, cancellationToken);
        // Features as of the need's last change, so every run for this version computes the same rows.
        var ranking = new NeedRanking(taxonomy, live.Model, projection, people, need.UpdatedAt, prepared);
        var existing = (await suggestions.OfNeedAsync(need.Id, cancellationToken)).ToDictionary(s => s.ProfileId, StringComparer.Ordinal);
        var chosen = await cap.ChooseAsync(need.Id, ranking.BestFirst().Where(c => !IsDecided(existing, c.Person.Id)), options.Value.SuggestionsPerNeed, cancellationToken);

        var now = time.GetUtcNow();
        var wanted = ranking.Explain(chosen).Select((explained, i) => new SuggestionEntity
        {
            PartitionKey = SuggestionEntity.NeedPartition(need.Id),
            RowKey = explained.Candidate.Person.Id,
            NeedId = need.Id,
            ProfileId = explained.Candidate.Person.Id,
            Score = explained.Candidate.Score,
            Rank = i + 1,
            ReasonsJson = Json(explained.Reasons),
            BreakdownJson = Json(explained.Breakdown),
            FeaturesJson = Json(NeedRanking.Named(explained.Candidate.Features)),
            ModelVersion = live.Version.RowKey,
            NeedVersion = need.Version,
            SuggestedAt = existing.TryGetValue(explained.Candidate.Person.Id, out var before) ? before.SuggestedAt : now,
        }).ToList();

        var pending = existing.Values.Where(s => s.Status == SuggestionStatus.Pending).ToList();
        var add = wanted.Where(s => !existing.ContainsKey(s.ProfileId)).ToList();
        var replace = wanted.Where(s => existing.ContainsKey(s.ProfileId)).Select(s => WithETag(s, existing[s.ProfileId])).ToList();
        var delete = pending.Where(s => wanted.All(w => w.ProfileId != s.ProfileId)).ToList();
        await suggestions.WriteNeedAsync(add, replace, delete, cancellationToken);
        metrics.SuggestionsMade(add.Count, live.Version.RowKey);
        await cap.EnforceAsync(need.Id, [.. wanted.Select(s => s.ProfileId)], cancellationToken);
        LogMatched(logger, ranking.Count, wanted.Count, live.Version.RowKey);
        return (NeedRunOutcomes.Matched, false);
    }

    private static bool IsDecided(Dictionary<string, SuggestionEntity> existing, string profileId) =>
        existing.TryGetValue(profileId, out var suggestion) && suggestion.Status != SuggestionStatus.Pending;

    private static SuggestionEntity WithETag(SuggestionEntity suggestion, SuggestionEntity stored)
    {
        suggestion.ETag = stored.ETag;
        return suggestion;
    }

    // A row changed since it was read (decided, or rewritten by another run) fails the write with 412, and
    // MatchAsync reads again: a decision stands, and a row still pending then expires.
    private async Task ExpirePendingAsync(string needId, CancellationToken cancellationToken)
    {
        foreach (var suggestion in (await suggestions.OfNeedAsync(needId, cancellationToken)).Where(s => s.Status == SuggestionStatus.Pending))
        {
            suggestion.Status = SuggestionStatus.Expired;
            await suggestions.ReplaceAsync(suggestion, cancellationToken);
        }
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, MatchmakerJson.Options);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A need-updates message named no stored need; its pending suggestions expire")]
    private static partial void LogUnknownNeed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Skipped a need-updates message for version {MessageVersion}; version {StoredVersion} is stored")]
    private static partial void LogStale(ILogger logger, int messageVersion, int storedVersion);

    [LoggerMessage(Level = LogLevel.Information, Message = "No model is live yet; the need will be matched when the first one is")]
    private static partial void LogNoModel(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Another run changed the need's suggestions during attempt {Attempt}; reading them again")]
    private static partial void LogWriteConflict(ILogger logger, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Skipped a need-updates message queued after {RunsStarted} runs: a later run has matched the need since")]
    private static partial void LogCoalesced(ILogger logger, long runsStarted);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Matching run {Number} lost its need to another run before it finished (turn {Turn}); matching it again")]
    private static partial void LogLeaseLost(ILogger logger, long number, int turn);

    [LoggerMessage(Level = LogLevel.Information, Message = "Matched a need: {Candidates} candidates scored, {Suggestions} suggested with model {Version}")]
    private static partial void LogMatched(ILogger logger, int candidates, int suggestions, string version);
}
