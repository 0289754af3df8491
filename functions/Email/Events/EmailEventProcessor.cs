using System.Text.Json;
using Matchmaker.Email.Unsubscribe;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Email.Events;

/// <summary>
/// Processes one stored batch: each event once by <c>sg_event_id</c>, then deletes the batch. An item that
/// cannot be read is logged (its position, never its content) and skipped; the others are processed.
/// Redelivering a batch, or the same events in another batch, changes nothing more.
/// </summary>
public sealed partial class EmailEventProcessor(
    EmailEventBatches batches,
    EmailEventStore store,
    SuppressionList suppressions,
    AddressHasher hasher,
    OutboxDeliveries outbox,
    TimeProvider time,
    ILogger<EmailEventProcessor> logger)
{
    /// <summary>Events of a batch processed at once: enough to hide storage latency, few enough to spare a small instance.</summary>
    public const int Parallelism = 16;

    public async Task ProcessAsync(string batch, CancellationToken cancellationToken)
    {
        if (await batches.ReadAsync(batch, cancellationToken) is not { } content)
        {
            LogGone(logger, batch);
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content.ToMemory());
        }
        catch (JsonException)
        {
            LogNotAnArray(logger, batch);
            await batches.DeleteAsync(batch, cancellationToken);
            return;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                LogNotAnArray(logger, batch);
            }
            else
            {
                var counts = new int[3];
                var items = document.RootElement.EnumerateArray().Select((item, index) => (item, index));
                await Parallel.ForEachAsync(
                    items,
                    new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
                    async (entry, token) => Interlocked.Increment(ref counts[(int)await ProcessItemAsync(batch, entry.item, entry.index, token)]));
                LogProcessed(logger, batch, counts[(int)ItemOutcome.New], counts[(int)ItemOutcome.Duplicate], counts[(int)ItemOutcome.Malformed]);
            }
        }

        // Only now: a failure above leaves the batch for the queue's retry.
        await batches.DeleteAsync(batch, cancellationToken);
    }

    private async Task<ItemOutcome> ProcessItemAsync(string batch, JsonElement item, int index, CancellationToken cancellationToken)
    {
        var (parsed, problem) = EmailEventParser.Parse(item);
        if (parsed is null)
        {
            LogMalformed(logger, batch, index, problem!);
            return ItemOutcome.Malformed;
        }

        var suppression = parsed.Email is { Length: > 0 } ? EmailEventTypes.SuppressionReasonOf(parsed.Type) : null;
        var confirms = EmailEventTypes.ConfirmsSending(parsed.Type) && parsed is { IntroductionId: not null, EmailKey: not null };
        var entity = new EmailEventEntity
        {
            PartitionKey = EmailEventStore.KeyOf(parsed.EventId),
            EventId = parsed.EventId,
            Event = parsed.Type,
            OccurredAt = parsed.OccurredAt,
            ReceivedAt = time.GetUtcNow(),
            Category = parsed.Category,
            IntroductionId = parsed.IntroductionId,
            EmailKey = parsed.EmailKey,
            MessageId = parsed.MessageId,
            AddressHash = parsed.Email is { Length: > 0 } email ? await hasher.HashAsync(email, cancellationToken) : null,

            // An event with nothing to do is finished by its insert.
            Applied = suppression is null && !confirms,
        };

        var (inserted, existing) = await store.TryInsertAsync(entity, cancellationToken);
        if (!inserted && existing is null or { Applied: true })
        {
            return ItemOutcome.Duplicate;
        }

        // Inserted now, or inserted earlier by a processor that stopped before the effect: both effects are
        // themselves idempotent (an insert-if-absent, a conditional state change), so finishing one twice is harmless.
        if (suppression is not null)
        {
            await suppressions.SuppressHashAsync(entity.AddressHash!, suppression, cancellationToken);
        }

        if (confirms)
        {
            await outbox.MarkSentAsync(parsed.IntroductionId!, parsed.EmailKey!, cancellationToken);
        }

        if (!entity.Applied)
        {
            await store.MarkAppliedAsync(entity.PartitionKey, cancellationToken);
        }

        return inserted ? ItemOutcome.New : ItemOutcome.Duplicate;
    }

    private enum ItemOutcome
    {
        New,
        Duplicate,
        Malformed,
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email events batch {Batch} is already processed and deleted")]
    private static partial void LogGone(ILogger logger, string batch);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email events batch {Batch} is not a JSON array; dropped")]
    private static partial void LogNotAnArray(ILogger logger, string batch);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped item {Index} of email events batch {Batch}: {Problem}")]
    private static partial void LogMalformed(ILogger logger, string batch, int index, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Processed email events batch {Batch}: {New} new, {Duplicates} already processed, {Malformed} skipped")]
    private static partial void LogProcessed(ILogger logger, string batch, int @new, int duplicates, int malformed);
}
