namespace Matchmaker.Profiles.Consents;

/// <summary>
/// A part of the app that must act when a person's consents change, so that withdrawing one takes effect at
/// once. Profiles calls every registered handler after saving; each must be safe to call again.
/// </summary>
public interface IConsentChangeHandler
{
    Task HandleAsync(ConsentChange change, CancellationToken cancellationToken);
}
