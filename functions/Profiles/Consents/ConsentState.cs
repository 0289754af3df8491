namespace Matchmaker.Profiles.Consents;

/// <summary>What a person consents to at one moment.</summary>
public sealed record ConsentState(bool Matching, bool Introductions, bool Training)
{
    public static ConsentState Of(ProfileEntity profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new(profile.ConsentMatching, profile.ConsentIntroductions, profile.ConsentTraining);
    }
}
