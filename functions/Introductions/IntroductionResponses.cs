using Azure;
using Matchmaker.Platform.Credentials;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Introductions;

/// <summary>
/// Answers from the response links. Looking a token up changes nothing (a GET, which mail scanners follow, is
/// only ever a look-up); recording an answer uses the token once, under the introduction's ETag.
/// </summary>
public sealed class IntroductionResponses(IntroductionStore store, QueueSender queue, TimeProvider time)
{
    /// <summary>What the token may do now, without changing anything.</summary>
    public async Task<(RespondOutcome Outcome, IntroductionEntity? Introduction, string? Side)> CheckAsync(string id, string token, CancellationToken cancellationToken)
    {
        var (outcome, introduction, row) = await FindAsync(id, token, cancellationToken);
        return (outcome, introduction, row?.Side);
    }

    /// <summary>Records the answer of the token's side, if the token may still answer.</summary>
    public Task<RespondOutcome> RespondAsync(string id, string token, string answer, CancellationToken cancellationToken) =>
        RecordAsync(id, answer, async ct =>
        {
            var (outcome, introduction, row) = await FindAsync(id, token, ct);
            return (outcome, introduction, row, row?.Side);
        }, cancellationToken);

    /// <summary>
    /// Records the person's answer given on their own page (signed in as the profile's owner) rather than
    /// through an email's link: the same checks and the same step, with the introduction's deadline in place
    /// of the link's. An introduction of another profile is not found.
    /// </summary>
    public Task<RespondOutcome> RespondAsPersonAsync(string id, string profileId, string answer, CancellationToken cancellationToken) =>
        RecordAsync(id, answer, async ct =>
        {
            var introduction = IntroductionIds.IsValid(id) ? await store.FindAsync(id, ct) : null;
            return introduction is null || !string.Equals(introduction.ProfileId, profileId, StringComparison.Ordinal)
                ? (RespondOutcome.NotFound, null, null, null)
                : (OutcomeOf(introduction, IntroductionSide.Person, null, introduction.ExpiresAt), introduction, null, IntroductionSide.Person);
        }, cancellationToken);

    /// <summary>Whether the person may answer now on their own page.</summary>
    public bool PersonCanAnswer(IntroductionEntity introduction)
    {
        ArgumentNullException.ThrowIfNull(introduction);
        return OutcomeOf(introduction, IntroductionSide.Person, null, introduction.ExpiresAt) == RespondOutcome.Recorded;
    }

    private async Task<RespondOutcome> RecordAsync(
        string id,
        string answer,
        Func<CancellationToken, Task<(RespondOutcome Outcome, IntroductionEntity? Introduction, IntroductionTokenEntity? Token, string? Side)>> find,
        CancellationToken cancellationToken)
    {
        var retried = false;
        for (var attempt = 1; ; attempt++)
        {
            var (outcome, introduction, row, side) = await find(cancellationToken);
            if (outcome == RespondOutcome.Used && retried && introduction!.AnswerOf(side!) == answer && row?.UsedAt is null)
            {
                // The answer went through and its answer was lost, so the SDK's retry met the ETag it had itself
                // changed: it stands (the same answer through the same, unused link), and is finished below.
                return await FinishAsync(id, introduction, row, cancellationToken);
            }

            if (outcome != RespondOutcome.Recorded)
            {
                return outcome;
            }

            if (side == IntroductionSide.Person)
            {
                introduction!.PersonAnswer = answer;
            }
            else
            {
                introduction!.CoopAnswer = answer;
            }

            introduction.UpdatedAt = time.GetUtcNow();
            try
            {
                await store.ReplaceAsync(introduction, cancellationToken);
            }
            catch (RequestFailedException exception) when (exception.Status == 412 && attempt < 5)
            {
                // The other side answered, or a step ran, meanwhile: check again on the fresh row. (Or this
                // answer landed with its answer lost: the fresh row then holds it, as above.)
                retried = true;
                continue;
            }

            return await FinishAsync(id, introduction, row, cancellationToken);
        }
    }

    /// <summary>Uses the link up and queues the introduction's next step, which acts on the answer.</summary>
    private async Task<RespondOutcome> FinishAsync(string id, IntroductionEntity introduction, IntroductionTokenEntity? row, CancellationToken cancellationToken)
    {
        if (row is not null)
        {
            await store.MarkUsedAsync(row, introduction.UpdatedAt, cancellationToken);
        }

        await queue.SendAsync(StorageNames.IntroductionsQueue, new IntroductionMessage(id), cancellationToken);
        return RespondOutcome.Recorded;
    }

    private async Task<(RespondOutcome Outcome, IntroductionEntity? Introduction, IntroductionTokenEntity? Token)> FindAsync(
        string id, string token, CancellationToken cancellationToken)
    {
        if (!IntroductionIds.IsValid(id) || string.IsNullOrEmpty(token) || token.Length > SecretToken.MaxLength)
        {
            return (RespondOutcome.NotFound, null, null);
        }

        var row = await store.FindTokenAsync(id, token, cancellationToken);
        var introduction = row is null ? null : await store.FindAsync(id, cancellationToken);
        if (row is null || introduction is null)
        {
            return (RespondOutcome.NotFound, null, null);
        }

        return (OutcomeOf(introduction, row.Side, row.UsedAt, row.ExpiresAt), introduction, row);
    }

    /// <summary>What an answer from <paramref name="side"/> would do now; without a deadline (not asked yet) it is too early, as if expired.</summary>
    private RespondOutcome OutcomeOf(IntroductionEntity introduction, string side, DateTimeOffset? usedAt, DateTimeOffset? expiresAt) =>
        usedAt is not null || introduction.AnswerOf(side) != IntroductionAnswer.None ? RespondOutcome.Used
        : !IntroductionStatus.IsOpen(introduction.Status) ? RespondOutcome.Closed
        : expiresAt is not { } deadline || time.GetUtcNow() >= deadline ? RespondOutcome.Expired
        : RespondOutcome.Recorded;
}
