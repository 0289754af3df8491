namespace Matchmaker.Platform.Retention;

/// <summary>
/// The <c>Matchmaker:Retention</c> settings: how long data no one asked to keep is kept, in days. Every
/// period is at least one day: each table they govern holds data about people or their actions, so none
/// may be kept forever (<see cref="RetentionOptionsValidator"/> stops start-up otherwise).
/// </summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Matchmaker:Retention";

    /// <summary>A profile whose address was never confirmed is erased, with everything about it, after this many days (default 7).</summary>
    public int UnconfirmedProfileDays { get; set; } = 7;

    /// <summary>
    /// An email's outbox row, once sent, failed or of unknown fate and its introduction over, is deleted this
    /// many days after its last change (default 90): long enough for a coordinator to look into a failed email
    /// and for SendGrid's late delivery events to find it.
    /// </summary>
    public int OutboxDays { get; set; } = 90;

    /// <summary>
    /// A response link's token row is deleted this many days after the link expired, once its introduction is
    /// over (default 30): meanwhile a late click is told the introduction ended rather than that the link is unknown.
    /// </summary>
    public int IntroductionTokenDays { get; set; } = 30;

    /// <summary>A rejected suggestion (both its rows, with the coordinator's note) is deleted this many days after the decision (default 90).</summary>
    public int RejectedSuggestionDays { get; set; } = 90;

    /// <summary>A suggestion that expired undecided (its need closed) is deleted this many days after it was suggested (default 90).</summary>
    public int ExpiredSuggestionDays { get; set; } = 90;

    /// <summary>
    /// A training label (a decision row, kept only with the person's consent to training) is deleted this many
    /// days after its last outcome (default 730): labels older than two years describe co-ops, rates and
    /// coordinators' habits that have moved on, and two years of decisions are plenty to train on.
    /// </summary>
    public int DecisionDays { get; set; } = 730;

    /// <summary>
    /// An audit entry is deleted this many days after the event (default 730): it outlives the rejected
    /// suggestions it accounts for by far, and covers two yearly reviews of the coordinators' work. Entries
    /// hold ids only; those about a person go with the person anyway.
    /// </summary>
    public int AuditDays { get; set; } = 730;

    /// <summary>An hour's count of sign-ups or emails (<c>limits</c> table) is deleted this many days after its hour ended (default 2); it is never read after its hour.</summary>
    public int LimitCounterDays { get; set; } = 2;
}
