namespace Matchmaker.Introductions;

/// <summary>The body of an <c>introductions</c> queue message: the id only, nothing about the people.</summary>
public sealed record IntroductionMessage(string IntroductionId);
