namespace Matchmaker.Profiles.Consents;

/// <summary>A person's consents before and after a save of their profile.</summary>
public sealed record ConsentChange(string ProfileId, ConsentState Before, ConsentState After)
{
    public bool WithdrewIntroductions => Before.Introductions && !After.Introductions;
}
