namespace Matchmaker.Platform.Common;

public sealed record LocationInput(string? City, string? Country, string? Remote);
