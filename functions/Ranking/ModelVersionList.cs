namespace Matchmaker.Ranking;

/// <summary>The body of <c>GET /model/versions</c>: every trained version, newest first.</summary>
public sealed record ModelVersionList(IReadOnlyList<ModelVersionView> Items);
