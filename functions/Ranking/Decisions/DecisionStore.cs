using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Training;
using Matchmaker.Platform.Http;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Ranking.Decisions;

/// <summary>
/// The decisions table: written as suggestions are decided and introductions go on, read whole for training.
/// </summary>
public sealed class DecisionStore(TableServiceClient tables, TimeProvider time)
{
    private readonly TableClient table = tables.GetTableClient(StorageNames.DecisionsTable);

    /// <summary>
    /// Records the outcome of a suggestion if the person consented to training; otherwise makes sure no row
    /// is kept. Recording the same outcome again leaves one row, so a redelivered message does no harm.
    /// </summary>
    public async Task RecordAsync(DecisionRecord decision, bool consentsToTraining, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (!consentsToTraining)
        {
            await table.DeleteEntityAsync(decision.NeedId, decision.ProfileId, ETag.All, cancellationToken);
            return;
        }

        await table.UpsertEntityAsync(
            new DecisionEntity
            {
                PartitionKey = decision.NeedId,
                RowKey = decision.ProfileId,
                Outcome = decision.Outcome.ToString(),
                Label = (int)decision.Outcome,
                FeaturesJson = JsonSerializer.Serialize(decision.Features, MatchmakerJson.Options),
                ModelVersion = decision.ModelVersion,
                DecidedAt = time.GetUtcNow(),
            },
            TableUpdateMode.Replace,
            cancellationToken);
    }

    /// <summary>
    /// Every decision as a labelled pair, its features put in today's order by name. A row that lacks a
    /// feature today's model reads (recorded under an older feature set) is left out rather than guessed.
    /// </summary>
    public async Task<IReadOnlyList<LabelledPair>> ForTrainingAsync(CancellationToken cancellationToken)
    {
        var pairs = new List<LabelledPair>();
        await foreach (var row in table.QueryAsync<DecisionEntity>(cancellationToken: cancellationToken))
        {
            var features = JsonSerializer.Deserialize<Dictionary<string, float>>(row.FeaturesJson, MatchmakerJson.Options) ?? [];
            if (PairFeatures.Names.All(features.ContainsKey))
            {
                pairs.Add(new LabelledPair(row.PartitionKey, row.Label, [.. PairFeatures.Names.Select(name => features[name])]));
            }
        }

        return pairs;
    }

    public async Task<IReadOnlyList<DecisionEntity>> OfProfileAsync(string profileId, CancellationToken cancellationToken)
    {
        var rows = new List<DecisionEntity>();
        var filter = TableClient.CreateQueryFilter($"RowKey eq {profileId}");
        await foreach (var row in table.QueryAsync<DecisionEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Removes every decision about the person: on erasure and when consent to training is withdrawn.</summary>
    public async Task EraseAsync(string profileId, CancellationToken cancellationToken)
    {
        foreach (var row in await OfProfileAsync(profileId, cancellationToken))
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
        }
    }
}
