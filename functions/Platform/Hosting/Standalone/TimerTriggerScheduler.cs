using System.Globalization;
using Cronos;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Platform.Hosting.Standalone;

/// <summary>Runs one timer-triggered function on its schedule: six-field cron (with seconds) or a TimeSpan, in UTC.</summary>
public sealed partial class TimerTriggerScheduler(
    FunctionDescriptor function,
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    TimeProvider time,
    ILogger<TimerTriggerScheduler> logger) : BackgroundService
{
    private readonly TimerTriggerAttribute trigger = (TimerTriggerAttribute)function.Trigger;

    public DateTimeOffset? NextAfter(DateTimeOffset now)
    {
        var schedule = BindingExpression.Resolve(trigger.Schedule, configuration);
        return TimeSpan.TryParse(schedule, CultureInfo.InvariantCulture, out var interval)
            ? now + interval
            : CronExpression.Parse(schedule, CronFormat.IncludeSeconds).GetNextOccurrence(now, TimeZoneInfo.Utc);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (trigger.RunOnStartup)
        {
            await RunOnceAsync(isPastDue: false, stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested && NextAfter(time.GetUtcNow()) is { } next)
        {
            var wait = next - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            if (!stoppingToken.IsCancellationRequested)
            {
                await RunOnceAsync(isPastDue: time.GetUtcNow() - next > TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private async Task RunOnceAsync(bool isPastDue, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await FunctionInvoker.InvokeAsync(function, scope.ServiceProvider, parameter =>
                parameter.ParameterType == typeof(CancellationToken) ? cancellationToken
                : parameter == function.TriggerParameter ? new TimerInfo { IsPastDue = isPastDue }
                : throw new NotSupportedException($"Function '{function.Name}': cannot bind parameter '{parameter.Name}'."));
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, exception, function.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer function {Function} failed; it runs again at its next occurrence")]
    private static partial void LogFailed(ILogger logger, Exception exception, string function);
}
