namespace Matchmaker.Introductions;

/// <summary>The body of <c>GET /profiles/{id}/introductions</c>: the person's introductions, newest first.</summary>
public sealed record PersonIntroductionList(IReadOnlyList<PersonIntroductionView> Items);
