namespace Matchmaker.Introductions;

/// <summary>The answer of a send-again request that was taken: the email is pending and its send is queued.</summary>
public sealed record SendAgainResult(string IntroductionId, string Kind, string State);
