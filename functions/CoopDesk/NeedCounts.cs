namespace Matchmaker.CoopDesk;

/// <summary>
/// How far the people matched to one need got: <see cref="Suggested"/> (every suggestion made, whatever
/// became of it), <see cref="Approved"/> by a coordinator, <see cref="Introduced"/> (both sides asked), and
/// <see cref="Connected"/> (both said yes and have each other's address).
/// </summary>
public sealed record NeedCounts(int Suggested, int Approved, int Introduced, int Connected);
