using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Matchmaker.Tests.System.Chaos;

/// <summary>
/// The faults of a chaos run, on a schedule from the start of the load: storage cut off (through the
/// <see cref="StorageProxy"/>) and restored, the app killed with SIGKILL and started again, and optionally a
/// long outage while messages keep flowing. After each outage it times how long the app's own health takes
/// to answer 200 again, without any restart.
/// </summary>
public sealed class ChaosFaults(ChaosOptions options, StorageProxy proxy, AppProcess app)
{
    public List<ChaosEvent> Events { get; } = [];

    public async Task RunAsync(Stopwatch clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        await UntilAsync(clock, options.OutageAt);
        await CutOffAsync(clock, "storage cut off", options.Outage);

        await UntilAsync(clock, options.KillAt);
        var killedAt = clock.Elapsed;
        await app.KillAsync();
        await app.StartAsync();
        Events.Add(new ChaosEvent("app killed (SIGKILL) and started again", killedAt, clock.Elapsed - killedAt));

        if (options.LongOutage > TimeSpan.Zero)
        {
            await UntilAsync(clock, options.LongOutageAt);
            await CutOffAsync(clock, "storage cut off (long)", options.LongOutage);
        }
    }

    private static async Task UntilAsync(Stopwatch clock, TimeSpan at)
    {
        if (at > clock.Elapsed)
        {
            await Task.Delay(at - clock.Elapsed);
        }
    }

    private async Task CutOffAsync(Stopwatch clock, string what, TimeSpan length)
    {
        var at = clock.Elapsed;
        await proxy.CutOffAsync();
        await Task.Delay(length);
        proxy.Restore();
        var restored = clock.Elapsed;
        var (after, status) = await HealthyAsync(clock, restored);
        Events.Add(new ChaosEvent(what, at, restored - at) { HealthyAfter = after, HealthStatus = status });
    }

    /// <summary>Polls health for up to two minutes after the outage ended.</summary>
    private async Task<(TimeSpan? After, string? Status)> HealthyAsync(Stopwatch clock, TimeSpan restored)
    {
        using var client = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(10) };
        while (clock.Elapsed - restored < TimeSpan.FromMinutes(2))
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/api/health", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                    return (clock.Elapsed - restored, body.GetProperty("status").GetString());
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not answering yet.
            }

            await Task.Delay(250);
        }

        return (null, null);
    }
}
