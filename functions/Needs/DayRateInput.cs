namespace Matchmaker.Needs;

public sealed record DayRateInput(decimal? Min, decimal? Max, string? Currency);
