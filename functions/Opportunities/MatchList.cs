namespace Matchmaker.Opportunities;

/// <summary>The body of <c>GET /profiles/{id}/matches</c>: best first, at most the requested limit.</summary>
public sealed record MatchList(IReadOnlyList<MatchView> Items)
{
    public static MatchList Empty { get; } = new([]);
}
