using Azure.Data.Tables;

namespace Matchmaker.Introductions;

/// <summary>Keeps, of a page of rows kept per introduction (partition = introduction id), only those whose introduction is over or gone.</summary>
public sealed class EndedIntroductions(IntroductionStore introductions)
{
    public async Task<IEnumerable<TableEntity>> OfAsync(IReadOnlyList<TableEntity> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var ended = new List<TableEntity>();
        foreach (var partition in rows.GroupBy(r => r.PartitionKey, StringComparer.Ordinal))
        {
            // Gone means erased with its person, whose rows erasure takes too: a leftover is no longer in use.
            if (await introductions.FindAsync(partition.Key, cancellationToken) is not { } introduction || !IntroductionStatus.IsOpen(introduction.Status))
            {
                ended.AddRange(partition);
            }
        }

        return ended;
    }
}
