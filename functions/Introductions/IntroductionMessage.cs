namespace Matchmaker.Introductions;

/// <summary>
/// The body of an <c>introductions</c> queue message: the id only, nothing about the people. With
/// <paramref name="EmailKey"/>, the message sends that one email, which a coordinator set back to pending.
/// </summary>
public sealed record IntroductionMessage(string IntroductionId, string? EmailKey = null);
