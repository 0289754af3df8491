namespace Matchmaker.Review;

/// <param name="Note">A personal note from the coordinator for the introduction email.</param>
public sealed record ApproveInput(string? Note);
