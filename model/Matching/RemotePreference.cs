namespace Matchmaker.Model.Matching;

/// <summary>Where someone wants to work, or where a need's work happens (<c>on-site</c>, <c>remote-ok</c>, <c>remote-only</c>).</summary>
public enum RemotePreference
{
    OnSite = 0,
    RemoteOk = 1,
    RemoteOnly = 2,
}
