namespace Matchmaker.Model.Matching;

public static class RemotePreferences
{
    /// <summary>
    /// The one case where places do not matter, because the work cannot happen: one side must be there and the
    /// other never will be (on-site against remote-only, either way round). Location fit is 0 then.
    /// </summary>
    public static bool Conflict(RemotePreference a, RemotePreference b) =>
        (a == RemotePreference.OnSite && b == RemotePreference.RemoteOnly) || (a == RemotePreference.RemoteOnly && b == RemotePreference.OnSite);
}
