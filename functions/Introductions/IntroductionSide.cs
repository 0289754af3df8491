namespace Matchmaker.Introductions;

/// <summary>The two people asked: the newcomer and the co-op's contact.</summary>
public static class IntroductionSide
{
    public const string Person = "person";
    public const string Coop = "coop";
}
