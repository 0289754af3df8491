namespace Matchmaker.Profiles;

/// <summary>The <c>Matchmaker:Retention</c> settings: how long data no one asked to keep is kept.</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Matchmaker:Retention";

    /// <summary>A profile whose address was never confirmed is erased, with everything about it, after this many days (default 7).</summary>
    public int UnconfirmedProfileDays { get; set; } = 7;
}
