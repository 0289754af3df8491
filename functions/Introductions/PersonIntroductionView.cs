namespace Matchmaker.Introductions;

/// <summary>
/// An introduction as the person sees it on their own page: the need, its co-op's name, where it stands and
/// whether they may still answer. Never the co-op's contact details: those come by email once both said yes.
/// </summary>
/// <param name="YourAnswer">"accept", "decline", or null before the person answered.</param>
/// <param name="AnswerBy">The deadline while the person may still answer; null otherwise.</param>
public sealed record PersonIntroductionView(
    string Id,
    string NeedId,
    string NeedTitle,
    string CoopName,
    string Status,
    string? YourAnswer,
    bool CanAnswer,
    DateTimeOffset? AnswerBy);
