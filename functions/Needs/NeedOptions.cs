namespace Matchmaker.Needs;

/// <summary>The <c>Matchmaker:Needs</c> settings: when an unchanged open need goes stale and when it closes itself.</summary>
public sealed class NeedOptions
{
    public const string SectionName = "Matchmaker:Needs";

    /// <summary>An open need not posted, edited or renewed for this many days is going stale: its co-op gets one reminder.</summary>
    public int StaleAfterDays { get; set; } = 60;

    /// <summary>A need still not edited or renewed this many days after its reminder closes itself.</summary>
    public int CloseAfterReminderDays { get; set; } = 14;

    public TimeSpan StaleAfter => TimeSpan.FromDays(StaleAfterDays);

    public TimeSpan CloseAfterReminder => TimeSpan.FromDays(CloseAfterReminderDays);
}
