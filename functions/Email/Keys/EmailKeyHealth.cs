using Matchmaker.Email.Events;
using Matchmaker.Platform.Health;

namespace Matchmaker.Email.Keys;

/// <summary>
/// The email wing's reasons for <c>GET /api/health</c> to be degraded: the suppression key may not be used
/// (no email is sent), or SendGrid's webhook key is set but unreadable (its events are refused).
/// </summary>
public sealed class EmailKeyHealth(EmailKeyGuard guard, EventWebhookSignature webhook) : IHealthProblemSource
{
    public async Task<IReadOnlyList<string>> ProblemsAsync(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        // Mostly the answer of the last check (minutes old at most); the recorded fingerprint is read when it is due.
        if (await guard.CheckAsync(cancellationToken) is { IsUsable: false } check)
        {
            problems.Add(check.Reason!);
        }

        if (webhook.Problem is { } unreadable)
        {
            problems.Add(unreadable);
        }

        return problems;
    }
}
