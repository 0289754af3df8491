using Matchmaker.Profiles.PersonalData;

namespace Matchmaker.Ranking.Decisions;

/// <summary>Decisions about the person kept for training (only with their consent).</summary>
public sealed class DecisionData(DecisionStore decisions) : IPersonalDataHolder
{
    public string Name => "decisions";

    public async Task<object?> ExportAsync(string profileId, CancellationToken cancellationToken) =>
        (await decisions.OfProfileAsync(profileId, cancellationToken))
            .Select(d => new { needId = d.PartitionKey, outcome = d.Outcome, decidedAt = d.DecidedAt }).ToList();

    public Task EraseAsync(string profileId, CancellationToken cancellationToken) => decisions.EraseAsync(profileId, cancellationToken);
}
