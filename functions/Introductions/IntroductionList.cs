namespace Matchmaker.Introductions;

/// <summary>The body of <c>GET /introductions</c>: newest first, at most the requested limit.</summary>
public sealed record IntroductionList(IReadOnlyList<IntroductionView> Items);
