namespace Matchmaker.Platform.Hosting;

/// <summary>The <c>Matchmaker:Queues</c> settings.</summary>
public sealed class QueueOutageOptions
{
    public const string SectionName = "Matchmaker:Queues";

    /// <summary>
    /// How long one try of a queue message keeps running again through an outage of storage or the email
    /// service before it fails and the queue's own retries take over (default 2 minutes). Each of the
    /// queue's tries gets this long, so with five tries an outage of about ten minutes poisons nothing. It
    /// stays under the 10-minute lease the standalone host takes on a message.
    /// </summary>
    public TimeSpan OutageBudget { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long the standalone host hides a message it received, renewed while its function runs (default 10
    /// minutes, as the Functions host). A message whose process died mid-run comes back only when this runs out, so
    /// a shorter one lets a test that kills the app see its queues drain soon after. It must be longer than
    /// <see cref="OutageBudget"/>: through an outage the lease cannot be renewed, and a message running through
    /// it would be delivered a second time while its first try still runs.
    /// </summary>
    public TimeSpan MessageLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The longest one run of a queue function may keep its message hidden (default 30 minutes, the Functions
    /// host's default function time-out on its Flex Consumption and Premium plans). The standalone host renews a
    /// message's lease while its function runs, up to this long; a run that hangs past it lets its message come
    /// back, as a crashed run does. At least <see cref="OutageBudget"/> (checked at start-up).
    /// </summary>
    public TimeSpan LongestRun { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The lease outlasts one try's outage budget (checked at start-up).</summary>
    public bool LeaseOutlastsBudget => MessageLease > OutageBudget;

    /// <summary>A run may take its whole outage budget (checked at start-up).</summary>
    public bool RunOutlastsBudget => LongestRun >= OutageBudget;
}
