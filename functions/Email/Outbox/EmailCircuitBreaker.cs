namespace Matchmaker.Email.Outbox;

/// <summary>
/// Stops calling the mail service for a while after several failures in a row (server errors, refused
/// connections), so an outage costs a few failing calls rather than one per queued email. After the break
/// one call is let through; success closes the breaker, failure opens it again.
/// </summary>
public sealed class EmailCircuitBreaker(int failuresToOpen, TimeSpan breakDuration, TimeProvider time)
{
    private readonly Lock gate = new();
    private int failures;
    private DateTimeOffset openUntil = DateTimeOffset.MinValue;
    private bool trialInFlight;

    /// <summary>True when a call may go out now.</summary>
    public bool TryEnter()
    {
        lock (gate)
        {
            if (failures < failuresToOpen)
            {
                return true;
            }

            if (time.GetUtcNow() < openUntil || trialInFlight)
            {
                return false;
            }

            trialInFlight = true;
            return true;
        }
    }

    public void Succeeded()
    {
        lock (gate)
        {
            failures = 0;
            trialInFlight = false;
        }
    }

    public void Failed()
    {
        lock (gate)
        {
            failures++;
            trialInFlight = false;
            if (failures >= failuresToOpen)
            {
                openUntil = time.GetUtcNow() + breakDuration;
            }
        }
    }
}
