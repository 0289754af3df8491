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

    public async Task<RespondOutcome> RespondAsync(string id, string token, string answer, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (outcome, introduction, row) = await FindAsync(id, token, cancellationToken);
            if (outcome != RespondOutcome.Recorded)
            {
                return outcome;
            }

            if (row!.Side == IntroductionSide.Person)
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
                // The other side answered, or a step ran, meanwhile: check again on the fresh row.
                continue;
            }

            await store.MarkUsedAsync(row, introduction.UpdatedAt, cancellationToken);
            await queue.SendAsync(StorageNames.IntroductionsQueue, new IntroductionMessage(id), cancellationToken);
            return RespondOutcome.Recorded;
        }
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

        var outcome =
            row.UsedAt is not null || introduction.AnswerOf(row.Side) != IntroductionAnswer.None ? RespondOutcome.Used
            : !IntroductionStatus.IsOpen(introduction.Status) ? RespondOutcome.Closed
            : time.GetUtcNow() >= row.ExpiresAt ? RespondOutcome.Expired
            : RespondOutcome.Recorded;
        return (outcome, introduction, row);
    }
}
