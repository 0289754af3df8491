namespace Matchmaker.Platform.Auth;

public enum CallerRole
{
    Anonymous,

    /// <summary>Holds a profile's owner token.</summary>
    Owner,

    /// <summary>Holds a co-op key.</summary>
    Coop,

    /// <summary>Holds the coordinator key, or is an Entra ID principal with the coordinator role.</summary>
    Coordinator,
}
