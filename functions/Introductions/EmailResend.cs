using Matchmaker.Email.Outbox;
using Matchmaker.Platform.Audit;
using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Introductions;

/// <summary>
/// A coordinator's explicit request to send one introduction email again. Allowed only for an email whose
/// state is unknown or failed and whose content still holds (<see cref="EmailResendRules"/>). The row goes
/// back to pending under its ETag, so of two requests at once one is taken; then the send is queued like any
/// other, and the outbox sends it exactly once; a suppressed address is still never emailed. Audited.
/// </summary>
public sealed class EmailResend(IntroductionStore introductions, EmailOutbox outbox, AuditLog audit, QueueSender queue, TimeProvider time)
{
    public const string AuditAction = AuditActions.EmailSentAgain;

    public const int MaxNote = 1000;

    public static IReadOnlyDictionary<string, string[]> Validate(SendAgainInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var rules = new FieldRules();
        rules.Text("note", input.Note, required: false, max: MaxNote, multiline: true);
        return rules.Errors;
    }

    /// <summary>Null with no refusal: no such introduction or email. A refusal says why not, in plain words.</summary>
    public async Task<(SendAgainResult? Result, string? Refusal)> SendAgainAsync(
        string introductionId, string emailKey, SendAgainInput input, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!IntroductionIds.IsValid(introductionId)
            || await introductions.FindAsync(introductionId, cancellationToken) is not { } introduction
            || await outbox.FindAsync(introductionId, emailKey, cancellationToken) is not { } row)
        {
            return (null, null);
        }

        var now = time.GetUtcNow();
        if (EmailResendRules.Refusal(introduction, emailKey, row, now) is { } refusal)
        {
            return (null, refusal);
        }

        if (!await outbox.ReopenAsync(introductionId, emailKey, input.Note, now - EmailResendRules.StalledAfter, cancellationToken))
        {
            return (null, "This email changed meanwhile (another request may have set it to be sent again): reload and look again.");
        }

        await queue.SendAsync(StorageNames.IntroductionsQueue, new IntroductionMessage(introductionId, emailKey), cancellationToken);
        await audit.AppendAsync(
            new AuditEntity
            {
                PartitionKey = introduction.SuggestionId,
                Actor = AuditActor.Of(caller),
                Action = AuditAction,
                NeedId = introduction.NeedId,
                ProfileId = introduction.ProfileId,
                IntroductionId = introductionId,
                EmailKey = emailKey,
                At = time.GetUtcNow(),
            },
            cancellationToken);
        return (new SendAgainResult(introductionId, emailKey, OutboxStatus.Pending), null);
    }
}
