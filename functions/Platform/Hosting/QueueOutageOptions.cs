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
}
