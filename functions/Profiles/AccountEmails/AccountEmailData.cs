using Matchmaker.Email.Outbox;
using Matchmaker.Profiles.PersonalData;

namespace Matchmaker.Profiles.AccountEmails;

/// <summary>The outbox rows of the person's confirmation and sign-in emails: what was sent when (no address, no code).</summary>
public sealed class AccountEmailData(EmailOutbox outbox) : IPersonalDataHolder
{
    public string Name => "accountEmails";

    public async Task<object?> ExportAsync(string profileId, CancellationToken cancellationToken) =>
        (await outbox.OfIntroductionAsync(AccountEmailSender.OutboxPartitionOf(profileId), cancellationToken))
            .Select(row => new { kind = row.RowKey[..row.RowKey.LastIndexOf('-')], status = row.Status, createdAt = row.CreatedAt, sentAt = row.SentAt })
            .ToList();

    public Task EraseAsync(string profileId, CancellationToken cancellationToken) =>
        outbox.EraseAsync(AccountEmailSender.OutboxPartitionOf(profileId), cancellationToken);
}
