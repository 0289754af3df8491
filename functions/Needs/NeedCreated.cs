namespace Matchmaker.Needs;

public sealed record NeedCreated(string Id);
