namespace Matchmaker.Profiles;

public enum ConfirmOutcome
{
    Confirmed,
    NotFound,
    InvalidCode,
}
