namespace Matchmaker.Profiles;

public sealed record IncomeTargetInput(decimal? Monthly, string? Currency);
