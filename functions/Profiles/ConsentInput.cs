namespace Matchmaker.Profiles;

/// <summary>What the person agrees to; each is off unless given.</summary>
public sealed record ConsentInput(bool Matching = false, bool Introductions = false, bool Training = false);
