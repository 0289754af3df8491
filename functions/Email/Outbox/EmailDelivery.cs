using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaker.Email.Outbox;

/// <summary>
/// Sends one email with the rules that keep it from going twice: a 429 waits for the reset SendGrid gives
/// and tries again; a 5xx or a refused connection (nothing was accepted) tries again after a doubling wait, up
/// to <see cref="EmailOptions.MaxAttempts"/>; any other refusal fails at once; no answer (a time-out, an
/// empty or broken response, a reset connection) is <see cref="DeliveryOutcome.Unknown"/> and never repeated.
/// All sends of the instance share a rate limit and a circuit breaker.
/// </summary>
public sealed partial class EmailDelivery : IDisposable
{
    private readonly IEmailSender sender;
    private readonly EmailOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<EmailDelivery> logger;
    private readonly SendRateLimit limiter;
    private readonly EmailCircuitBreaker breaker;

    public EmailDelivery(IEmailSender sender, IOptions<EmailOptions> options, TimeProvider time, ILogger<EmailDelivery> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.sender = sender;
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
        limiter = SendRateLimit.PerSecond(this.options.MaxSendsPerSecond, time);
        breaker = new EmailCircuitBreaker(Math.Max(1, this.options.BreakAfterFailures), this.options.BreakDuration, time);
    }

    public async Task<DeliveryResult> DeliverAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var requests = 0;
        var failures = 0;
        while (true)
        {
            if (!breaker.TryEnter())
            {
                LogBreakerOpen(logger, message.Category);
                return new DeliveryResult(DeliveryOutcome.RetryLater, requests, "breaker-open");
            }

            requests++;
            var (outcome, error, throttledFor) = await AttemptAsync(message, cancellationToken);
            TimeSpan wait;
            if (outcome is { } final)
            {
                return new DeliveryResult(final, requests, error);
            }
            else if (throttledFor is { } reset)
            {
                if (reset > options.MaxRateLimitWait)
                {
                    return new DeliveryResult(DeliveryOutcome.RetryLater, requests, error);
                }

                LogThrottled(logger, message.Category, reset.TotalSeconds);
                wait = reset;
            }
            else if (++failures >= options.MaxAttempts)
            {
                LogDeferred(logger, message.Category, error, requests);
                return new DeliveryResult(DeliveryOutcome.RetryLater, requests, error);
            }
            else
            {
                wait = options.RetryDelay * Math.Pow(2, failures - 1);
            }

            try
            {
                await Task.Delay(wait, time, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Stopping between requests, none of which was accepted: the email is still to be sent.
                return new DeliveryResult(DeliveryOutcome.RetryLater, requests, "cancelled");
            }
        }
    }

    /// <summary>One request: a final outcome, or none with the wait SendGrid asked for (429) or an error worth retrying.</summary>
    private async Task<(DeliveryOutcome? Outcome, string? Error, TimeSpan? ThrottledFor)> AttemptAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        IDisposable permit;
        try
        {
            permit = await limiter.AcquireAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped before the request was made: nothing was sent.
            return (DeliveryOutcome.RetryLater, "cancelled", null);
        }

        using var held = permit;
        try
        {
            await sender.SendAsync(message, cancellationToken);
            breaker.Succeeded();
            return (DeliveryOutcome.Sent, null, null);
        }
        catch (EmailSendException refused) when (refused.StatusCode == HttpStatusCode.TooManyRequests)
        {
            breaker.Succeeded();
            return (null, "429", refused.RetryAfter ?? options.RetryDelay);
        }
        catch (EmailSendException refused) when (refused.IsRetryable)
        {
            breaker.Failed();
            return (null, Code(refused), null);
        }
        catch (EmailSendException refused)
        {
            breaker.Succeeded();
            LogFailed(logger, message.Category, Code(refused));
            return (DeliveryOutcome.Failed, Code(refused), null);
        }
        catch (HttpRequestException notConnected) when (notConnected.HttpRequestError == HttpRequestError.ConnectionError)
        {
            // The connection was never made, so nothing was sent.
            breaker.Failed();
            return (null, "connection-refused", null);
        }
        catch (HttpRequestException broken)
        {
            breaker.Failed();
            LogUnknown(logger, message.Category, broken.HttpRequestError.ToString());
            return (DeliveryOutcome.Unknown, broken.HttpRequestError.ToString(), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            breaker.Failed();
            LogUnknown(logger, message.Category, "timeout");
            return (DeliveryOutcome.Unknown, "timeout", null);
        }
        catch (OperationCanceledException)
        {
            // Stopped mid-request (the host shutting down): the email may have been accepted.
            LogUnknown(logger, message.Category, "cancelled");
            return (DeliveryOutcome.Unknown, "cancelled", null);
        }
    }

    private static string Code(EmailSendException refused) =>
        refused.StatusCode is { } status ? ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture) : "refused";

    public void Dispose() => limiter.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "SendGrid throttled an email ({Category}); trying again in {Seconds} s")]
    private static partial void LogThrottled(ILogger logger, string category, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "An email ({Category}) was refused for good: {Error}")]
    private static partial void LogFailed(ILogger logger, string category, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An email ({Category}) got no clear answer ({Error}); it is not sent again")]
    private static partial void LogUnknown(ILogger logger, string category, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An email ({Category}) was not accepted after {Requests} requests ({Error}); the queue tries again later")]
    private static partial void LogDeferred(ILogger logger, string category, string? error, int requests);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The mail service is failing; an email ({Category}) waits for the queue's next try")]
    private static partial void LogBreakerOpen(ILogger logger, string category);
}
