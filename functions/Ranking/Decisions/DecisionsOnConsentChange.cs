using Matchmaker.Profiles.Consents;

namespace Matchmaker.Ranking.Decisions;

/// <summary>
/// Withdrawing consent to training is as easy as giving it: the decisions kept for training go at once.
/// Runs on every save without that consent, so an erasure interrupted earlier is finished by the next save.
/// </summary>
public sealed class DecisionsOnConsentChange(DecisionStore decisions) : IConsentChangeHandler
{
    public Task HandleAsync(ConsentChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.After.Training ? Task.CompletedTask : decisions.EraseAsync(change.ProfileId, cancellationToken);
    }
}
