using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Profiles.Consents;

/// <summary>
/// Every consent a person gave or withdrew, with when and under which version of the privacy text, so a
/// grant is never lost by a later withdrawal (GDPR Art. 7(1)): the profile holds only the current answers.
/// </summary>
public sealed class ConsentLog(TableServiceClient tables)
{
    /// <summary>The privacy text's version; change it whenever the text that asks for consent changes.</summary>
    public const string PolicyVersion = "2026-11-28";

    private readonly TableClient table = tables.GetTableClient(StorageNames.ConsentsTable);

    /// <summary>
    /// Records each consent of <paramref name="now"/> that differs from the last one logged for it. Compared with
    /// the log rather than with the profile as it was, so a save whose logging failed after the profile was
    /// written is caught up by the next save.
    /// </summary>
    public async Task RecordChangesAsync(ProfileEntity now, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(now);
        var logged = (await OfProfileAsync(now.Id, cancellationToken))
            .OrderBy(row => row.RowKey, StringComparer.Ordinal)
            .GroupBy(row => row.Kind, StringComparer.Ordinal)
            .ToDictionary(kind => kind.Key, kind => (bool?)kind.Last().Granted, StringComparer.Ordinal);
        await WriteAsync(now, at, [.. Answers(now).Where(a => logged.GetValueOrDefault(a.Kind) != a.Granted)], cancellationToken);
    }

    /// <summary>Records every consent of a profile just created: its id is new, so there is no log to compare with.</summary>
    public Task RecordFirstAsync(ProfileEntity created, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(created);
        return WriteAsync(created, at, Answers(created), cancellationToken);
    }

    private static List<(string Kind, bool Granted)> Answers(ProfileEntity profile) =>
        [("matching", profile.ConsentMatching), ("introductions", profile.ConsentIntroductions), ("training", profile.ConsentTraining)];

    // One transaction in the profile's partition: the changes of one save are logged together or not at all,
    // in one round trip. Time first in the row key, so rows read back in order; the kind keeps two changes of
    // one instant apart. Upserts survive an SDK retry of a transaction that did succeed.
    private async Task WriteAsync(ProfileEntity profile, DateTimeOffset at, List<(string Kind, bool Granted)> changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return;
        }

        await table.SubmitTransactionAsync(
            changes.Select(change => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new ConsentEntity
            {
                PartitionKey = profile.Id,
                RowKey = $"{at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}-{change.Kind}",
                Kind = change.Kind,
                Granted = change.Granted,
                At = at,
                PolicyVersion = PolicyVersion,
            })),
            cancellationToken);
    }

    public async Task<IReadOnlyList<ConsentEntity>> OfProfileAsync(string profileId, CancellationToken cancellationToken)
    {
        var rows = new List<ConsentEntity>();
        await foreach (var row in table.QueryAsync<ConsentEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {profileId}"), cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    public async Task EraseAsync(string profileId, CancellationToken cancellationToken)
    {
        foreach (var row in await OfProfileAsync(profileId, cancellationToken))
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
        }
    }
}
