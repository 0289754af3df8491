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
    /// Records each consent of <paramref name="now"/> that differs from the last one logged for it (all of them
    /// for a new profile). Compared with the log rather than with the profile as it was, so a save whose
    /// logging failed after the profile was written is caught up by the next save.
    /// </summary>
    public async Task RecordChangesAsync(ProfileEntity now, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(now);
        var logged = (await OfProfileAsync(now.Id, cancellationToken))
            .OrderBy(row => row.RowKey, StringComparer.Ordinal)
            .GroupBy(row => row.Kind, StringComparer.Ordinal)
            .ToDictionary(kind => kind.Key, kind => (bool?)kind.Last().Granted, StringComparer.Ordinal);
        var changes = new List<(string Kind, bool Granted)>();
        void Compare(string kind, bool isNow)
        {
            if (logged.GetValueOrDefault(kind) != isNow)
            {
                changes.Add((kind, isNow));
            }
        }

        Compare("matching", now.ConsentMatching);
        Compare("introductions", now.ConsentIntroductions);
        Compare("training", now.ConsentTraining);
        foreach (var (kind, granted) in changes)
        {
            // Time first, so rows read back in order; the kind keeps two changes of one instant apart. An upsert
            // survives an SDK retry of a write that did succeed.
            await table.UpsertEntityAsync(
                new ConsentEntity
                {
                    PartitionKey = now.Id,
                    RowKey = $"{at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}-{kind}",
                    Kind = kind,
                    Granted = granted,
                    At = at,
                    PolicyVersion = PolicyVersion,
                },
                TableUpdateMode.Replace,
                cancellationToken);
        }
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
