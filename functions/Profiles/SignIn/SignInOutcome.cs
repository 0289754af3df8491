namespace Matchmaker.Profiles.SignIn;

public enum SignInOutcome
{
    SignedIn,
    NotFound,
    InvalidCode,
}
