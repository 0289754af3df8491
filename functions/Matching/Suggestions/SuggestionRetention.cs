using Azure.Data.Tables;
using Matchmaker.Platform.Retention;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.Options;

namespace Matchmaker.Matching.Suggestions;

/// <summary>
/// Suggestions nobody will act on again: rejected ones <see cref="RetentionOptions.RejectedSuggestionDays"/>
/// after the decision, and ones that expired undecided <see cref="RetentionOptions.ExpiredSuggestionDays"/>
/// after they were suggested. Both rows of a suggestion (the need's and the person's mirror) carry the same
/// fields, so one filter finds both, and a run stopped between them leaves the other for the next. Approved
/// suggestions stay: they are the record of an introduction, kept as long as the person.
/// </summary>
/// <remarks>
/// Once a rejection is gone, matching the need again may suggest the same person anew, for a coordinator to
/// decide again: after that long, the need or the person has usually changed.
/// </remarks>
public sealed class SuggestionRetention(TableServiceClient tables, IOptions<RetentionOptions> options) : IRetentionRule
{
    private readonly TableClient table = tables.GetTableClient(StorageNames.SuggestionsTable);

    public string Records => StorageNames.SuggestionsTable;

    public async Task<int> PruneAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rejectedBefore = now.AddDays(-options.Value.RejectedSuggestionDays);
        var expiredBefore = now.AddDays(-options.Value.ExpiredSuggestionDays);
        var rejected = await ExpiredRows.PruneAsync(
            table, TableClient.CreateQueryFilter($"Status eq {SuggestionStatus.Rejected} and DecidedAt lt {rejectedBefore}"), cancellationToken);
        var expired = await ExpiredRows.PruneAsync(
            table, TableClient.CreateQueryFilter($"Status eq {SuggestionStatus.Expired} and SuggestedAt lt {expiredBefore}"), cancellationToken);
        return rejected + expired;
    }
}
