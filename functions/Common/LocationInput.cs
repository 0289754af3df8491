namespace Matchmaker.Common;

public sealed record LocationInput(string? City, string? Country, string? Remote);
