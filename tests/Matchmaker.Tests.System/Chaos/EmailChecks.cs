using Azure.Data.Tables;
using Matchmaker.Email.Outbox;
using Matchmaker.Introductions;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Tests.System.Chaos;

/// <summary>
/// Every email of a chaos run went exactly once, checked per email (each outbox row, keyed by its subject and
/// email key, against the emails accepted for it), not by count: no row has two emails, no email lacks a row,
/// every sent row has its email, nothing due is left pending or failed, and each acknowledged sign-up and each
/// introduction both sides accepted got its emails. A row whose send was cut short (the app killed, or storage
/// cut off before the outcome was recorded) stays <c>sending</c> and is never sent again blindly: those are
/// counted, and may have at most one email.
/// </summary>
public sealed class EmailChecks(MailIndex mail, ChaosLedger ledger, TableServiceClient tables)
{
    public async Task RunAsync(ChaosVerdict verdict, IReadOnlyList<IntroductionEntity> introductions)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(introductions);
        var mails = mail.All();
        var files = mails.GroupBy(mail => (mail.Subject, mail.Key)).ToDictionary(group => group.Key, group => group.Count());
        var rows = new Dictionary<(string, string), OutboxEntity>();
        await foreach (var row in tables.GetTableClient(StorageNames.OutboxTable).QueryAsync<OutboxEntity>())
        {
            rows[(row.PartitionKey, row.RowKey)] = row;
        }

        verdict.Figure("emails written", mails.Count);
        foreach (var kind in mails.GroupBy(mail => Kind(mail.Key)).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            verdict.Figure($"  emails: {kind.Key}", kind.Count());
        }

        var stuck = rows.Values.Where(row => row.Status is OutboxStatus.Sending or OutboxStatus.Unknown).ToList();
        verdict.Figure("emails left sending or unknown (the app killed, or storage cut off, mid-send)", stuck.Count);
        verdict.Figure("  of which no email was accepted", stuck.Count(row => !files.ContainsKey((row.PartitionKey, row.RowKey))));
        verdict.Figure("  their rows (status, attempts)", string.Join(", ", stuck.Take(10).Select(row => $"{row.RowKey} ({row.Status}, {row.Attempts}){(files.ContainsKey((row.PartitionKey, row.RowKey)) ? " sent" : "")}")));
        foreach (var (name, value) in mail.Source.Figures())
        {
            verdict.Figure(name, value);
        }

        verdict.ProblemsOf("Emails sent more than once", [.. files.Where(pair => pair.Value > 1).Select(pair => $"{pair.Key.Subject}/{pair.Key.Key}: {pair.Value}")]);
        verdict.ProblemsOf("Emails without an outbox row", [.. files.Keys.Where(key => !rows.ContainsKey(key)).Select(key => $"{key.Subject}/{key.Key}")]);
        verdict.ProblemsOf("Outbox rows sent without their email", [.. rows.Values.Where(row => row.Status == OutboxStatus.Sent && !files.ContainsKey((row.PartitionKey, row.RowKey))).Select(Name)]);
        verdict.ProblemsOf("Outbox rows failed", [.. rows.Values.Where(row => row.Status == OutboxStatus.Failed).Select(row => $"{Name(row)} ({row.LastError})")]);
        verdict.ProblemsOf("Outbox rows of acknowledged writes left pending", [.. rows.Values.Where(row => row.Status == OutboxStatus.Pending && IsAcknowledged(row.PartitionKey)).Select(Name)]);
        verdict.Figure("outbox rows left pending for sign-ups that were not acknowledged", rows.Values.Count(row => row.Status == OutboxStatus.Pending && !IsAcknowledged(row.PartitionKey)));

        var unconfirmable = ledger.Profiles.Keys
            .Where(id => !rows.Any(pair => pair.Key.Item1 == $"profile-{id}" && (files.ContainsKey(pair.Key) || pair.Value.Status is OutboxStatus.Sending or OutboxStatus.Unknown)))
            .Select(id => $"profile {id}")
            .ToList();
        verdict.ProblemsOf("Acknowledged sign-ups without their confirmation email", unconfirmable);

        var accepted = introductions.Where(entity => entity.PersonAnswer == IntroductionAnswer.Accept && entity.CoopAnswer == IntroductionAnswer.Accept).ToList();
        var notConnected = accepted
            .SelectMany(entity => new[] { IntroductionSide.Person, IntroductionSide.Coop }.Select(side => (entity.Id, Key: $"{IntroductionEmailKeys.Connected}-{side}")))
            .Where(email => !files.ContainsKey(email) && !(rows.TryGetValue(email, out var row) && row.Status is OutboxStatus.Sending or OutboxStatus.Unknown))
            .Select(email => $"{email.Id}/{email.Key}")
            .ToList();
        verdict.ProblemsOf("Introductions both sides accepted without their connecting emails", notConnected);

        var byId = introductions.ToDictionary(entity => entity.Id, StringComparer.Ordinal);
        var contactTooSoon = files.Keys
            .Where(key => key.Key.StartsWith($"{IntroductionEmailKeys.Connected}-", StringComparison.Ordinal))
            .Where(key => !byId.TryGetValue(key.Subject, out var entity) || entity.PersonAnswer != IntroductionAnswer.Accept || entity.CoopAnswer != IntroductionAnswer.Accept)
            .Select(key => $"{key.Subject}/{key.Key}")
            .ToList();
        verdict.ProblemsOf("Contact details emailed without both sides accepting", contactTooSoon);
    }

    private static string Name(OutboxEntity row) => $"{row.PartitionKey}/{row.RowKey}";

    /// <summary>What kind of email a key is: <c>confirmation</c>, <c>ask-person</c>, <c>connected-coop</c> ...</summary>
    private static string Kind(string key) => key.StartsWith("confirmation-", StringComparison.Ordinal) ? "confirmation" : key;

    /// <summary>An introduction's rows always belong to an acknowledged approval; a profile's only when its sign-up was answered 201.</summary>
    private bool IsAcknowledged(string partition) =>
        !partition.StartsWith("profile-", StringComparison.Ordinal) || ledger.Profiles.ContainsKey(partition["profile-".Length..]);
}
