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
    /// Records each answer of <paramref name="state"/>, saved at <paramref name="at"/>, that differs from the last
    /// one logged for it at or before then. Compared with the log rather than with the profile as it was, so
    /// logging the same save again writes nothing, and a save logged late (after a later save was) still lands
    /// in its place in the history.
    /// </summary>
    public async Task RecordAsync(string profileId, ConsentState state, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var logged = (await OfProfileAsync(profileId, cancellationToken))
            .Where(row => row.At <= at)
            .OrderBy(row => row.RowKey, StringComparer.Ordinal)
            .GroupBy(row => row.Kind, StringComparer.Ordinal)
            .ToDictionary(kind => kind.Key, kind => (bool?)kind.Last().Granted, StringComparer.Ordinal);
        await WriteAsync(profileId, at, [.. Answers(state).Where(a => logged.GetValueOrDefault(a.Kind) != a.Granted)], cancellationToken);
    }

    /// <summary>Records every consent of a profile just created: its id is new, so there is no log to compare with.</summary>
    public Task RecordFirstAsync(ProfileEntity created, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(created);
        return WriteAsync(created.Id, at, Answers(ConsentState.Of(created)), cancellationToken);
    }

    private static List<(string Kind, bool Granted)> Answers(ConsentState state) =>
        [("matching", state.Matching), ("introductions", state.Introductions), ("training", state.Training)];

    // One transaction in the profile's partition: the changes of one save are logged together or not at all,
    // in one round trip. Time first in the row key, so rows read back in order; the kind keeps two changes of
    // one instant apart. Upserts survive an SDK retry of a transaction that did succeed.
    private async Task WriteAsync(string profileId, DateTimeOffset at, List<(string Kind, bool Granted)> changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return;
        }

        await table.SubmitTransactionAsync(
            changes.Select(change => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new ConsentEntity
            {
                PartitionKey = profileId,
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
