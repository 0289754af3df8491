namespace Matchmaker.Tests.System.Review;

/// <summary>
/// A review page app of its own for the coordinator's journey: the journey retrains the model, and a new live
/// version matches every open need again, which would rewrite the suggestions the other review tests decide.
/// </summary>
public sealed class CoordinatorJourneyWorld : ReviewPageWorld;
