namespace Matchmaker.Introductions;

public static class IntroductionAnswer
{
    public const string None = "";
    public const string Accept = "accept";
    public const string Decline = "decline";
}
