namespace Matchmaker.Profiles;

public sealed record ConfirmResult(string Status);
