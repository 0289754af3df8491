namespace Matchmaker.Platform.Poison;

/// <summary>The body of <c>GET /poison</c>: the oldest first, up to 32 per queue.</summary>
public sealed record PoisonMessageList(IReadOnlyList<PoisonMessageView> Items);
