using Matchmaker.Email.Outbox;
using Matchmaker.Email.Unsubscribe;
using Matchmaker.Platform.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Email.Keys;

/// <summary>
/// Asked before any email is composed or sent: while the suppression key may not be used (not set, an
/// unresolved Key Vault reference, or not the key the stored hashes were made with), nothing is sent, and an
/// outbox email stays pending for the queue's next try instead of being marked sent or failed. It also
/// checks the key at start and every <see cref="SuppressionKey.RecheckInterval"/>, so that the fingerprint
/// is recorded at the first start and a problem is logged even while no email is due.
/// </summary>
public sealed partial class EmailKeyGuard(SuppressionKey key, TimeProvider time, ILogger<EmailKeyGuard> logger) : BackgroundService
{
    public ValueTask<SuppressionKeyCheck> CheckAsync(CancellationToken cancellationToken) => key.CheckAsync(cancellationToken);

    /// <summary>Throws <see cref="EmailDeferredException"/> (the queue tries again later) while no email may be sent.</summary>
    public async Task ThrowIfBlockedAsync(CancellationToken cancellationToken)
    {
        if (await key.CheckAsync(cancellationToken) is { IsUsable: false } check)
        {
            throw new EmailDeferredException($"No email is sent: {check.Reason}");
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await key.CheckAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // Storage not reachable yet (start-up reports that itself): the next round, or the first email, checks again.
                LogCheckFailed(logger, exception, Outage.IsOutageOrTimeout(exception, stoppingToken));
            }

            try
            {
                await Task.Delay(SuppressionKey.RecheckInterval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check the suppression key (outage: {Outage}); it is checked again before any email")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception, bool outage);
}
