namespace Matchmaker.Introductions;

/// <summary>The body of POST /api/profiles/{id}/introductions/{introductionId}/respond.</summary>
public sealed record PersonAnswerInput(string? Answer);
