using Matchmaker.Platform.Hosting;
using Matchmaker.Platform.Hosting.Standalone;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Matchmaker.Tests.Unit.Platform;

public sealed class TimerTriggerSchedulerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 7, 30, TimeSpan.Zero);

    [Fact]
    public void Six_field_cron_schedules_include_seconds() =>
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 10, 10, 0, TimeSpan.Zero), Scheduler("EveryFiveMinutes").NextAfter(Now));

    [Fact]
    public void Schedules_can_come_from_settings_and_be_intervals() =>
        Assert.Equal(Now.AddHours(1), Scheduler("FromSetting", new() { ["Schedule"] = "01:00:00" }).NextAfter(Now));

    [Fact]
    public async Task A_timer_function_runs_on_start_up_when_asked_to()
    {
        using var scheduler = Scheduler("OnStartup");

        await scheduler.StartAsync(CancellationToken.None);
        await Eventually.TrueAsync(() => Task.FromResult(TimerTestFunctions.StartupRuns > 0), "the function ran");
        await scheduler.StopAsync(CancellationToken.None);

        Assert.False(TimerTestFunctions.LastWasPastDue);
    }

    private static TimerTriggerScheduler Scheduler(string name, Dictionary<string, string?>? settings = null) => new(
        FunctionCatalog.Discover([typeof(TimerTestFunctions)]).Single(f => f.Name == name),
        new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(),
        new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build(),
        TimeProvider.System,
        NullLogger<TimerTriggerScheduler>.Instance);

    public sealed class TimerTestFunctions
    {
        public static int StartupRuns { get; private set; }

        public static bool LastWasPastDue { get; private set; } = true;

        [Function("EveryFiveMinutes")]
        public static void EveryFiveMinutes([TimerTrigger("0 */5 * * * *")] TimerInfo timer) => LastWasPastDue = timer.IsPastDue;

        [Function("FromSetting")]
        public static void FromSetting([TimerTrigger("%Schedule%")] TimerInfo timer) => LastWasPastDue = timer.IsPastDue;

        [Function("OnStartup")]
        public static void OnStartup([TimerTrigger("0 0 0 1 1 *", RunOnStartup = true)] TimerInfo timer)
        {
            LastWasPastDue = timer.IsPastDue;
            StartupRuns++;
        }
    }
}
