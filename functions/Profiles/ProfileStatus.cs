namespace Matchmaker.Profiles;

public static class ProfileStatus
{
    public const string PendingConfirmation = "pending-confirmation";
    public const string Active = "active";
}
