namespace Matchmaker.Profiles;

/// <summary>A profile was saved. Ids and versions only: queue messages never carry personal data.</summary>
public sealed record ProfileUpdatedMessage(string Id, int Version)
{
    /// <summary>The profile was erased: it has no version left, and matching finds it gone.</summary>
    public static ProfileUpdatedMessage Erased(string id) => new(id, 0);
}
