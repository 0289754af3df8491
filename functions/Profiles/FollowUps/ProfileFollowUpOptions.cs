namespace Matchmaker.Profiles.FollowUps;

/// <summary>The <c>Matchmaker:ProfileFollowUps</c> settings.</summary>
public sealed class ProfileFollowUpOptions
{
    public const string SectionName = "Matchmaker:ProfileFollowUps";

    /// <summary>
    /// How long after a save its queued copy of the follow-ups is delivered (default two minutes). The request
    /// does the follow-ups itself and deletes the copy; the copy does them only if the request could not.
    /// </summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromMinutes(2);
}
