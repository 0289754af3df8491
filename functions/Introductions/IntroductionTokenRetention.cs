using Azure.Data.Tables;
using Matchmaker.Platform.Retention;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.Options;

namespace Matchmaker.Introductions;

/// <summary>
/// Response link tokens that expired more than <see cref="RetentionOptions.IntroductionTokenDays"/> ago,
/// once their introduction is over: while it is open, its tokens stay whatever their age.
/// </summary>
public sealed class IntroductionTokenRetention(TableServiceClient tables, EndedIntroductions ended, IOptions<RetentionOptions> options) : IRetentionRule
{
    // The token rows' keys begin with the prefix; '.' is the character after '-', so the range holds them all.
    private static readonly string PastTokens = IntroductionTokenEntity.RowPrefix[..^1] + ".";

    private readonly TableClient table = tables.GetTableClient(StorageNames.IntroductionsTable);

    public string Records => "introduction tokens";

    public Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var expiredBefore = now.AddDays(-options.Value.IntroductionTokenDays);
        var filter = TableClient.CreateQueryFilter(
            $"RowKey ge {IntroductionTokenEntity.RowPrefix} and RowKey lt {PastTokens} and ExpiresAt lt {expiredBefore}");
        return ExpiredRows.PruneAsync(table, filter, ["PartitionKey", "RowKey"], ended.OfAsync, cancellationToken);
    }
}
