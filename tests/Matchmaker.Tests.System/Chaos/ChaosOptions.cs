using System.Globalization;

namespace Matchmaker.Tests.System.Chaos;

/// <summary>
/// How long and how hard a chaos run goes. The defaults are the CI run (about two minutes in all);
/// <c>tools/chaos.sh</c> sets the environment variables below for a longer one.
/// </summary>
public sealed record ChaosOptions
{
    /// <summary>How long the clients keep working (<c>CHAOS_SECONDS</c>).</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Clients working at once (<c>CHAOS_CLIENTS</c>).</summary>
    public int Clients { get; init; } = 8;

    /// <summary>How long storage is cut off the first time, at a fifth of the run (<c>CHAOS_OUTAGE_SECONDS</c>).</summary>
    public TimeSpan Outage { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A second, long outage starting at three fifths of the run while messages keep flowing
    /// (<c>CHAOS_LONG_OUTAGE_SECONDS</c>; 0, the default, for none).
    /// </summary>
    public TimeSpan LongOutage { get; init; } = TimeSpan.Zero;

    /// <summary>
    /// Where emails go (<c>CHAOS_EMAIL</c>): <c>sendgrid</c> (the default), a SendGrid stand-in that refuses
    /// and delays some requests; or <c>eml</c>, the app's eml folder.
    /// </summary>
    public string Email { get; init; } = "sendgrid";

    /// <summary>Settings for the app beyond the run's own (<c>--Name=value</c>).</summary>
    public IReadOnlyList<string> AppSettings { get; init; } = [];

    /// <summary>Where the figures are written besides the test output (<c>CHAOS_FIGURES</c>; none by default).</summary>
    public string? FiguresPath { get; init; }

    /// <summary>When the app is killed: two fifths into the run, between the two outages.</summary>
    public TimeSpan KillAt => Duration * 0.4;

    public TimeSpan OutageAt => Duration * 0.2;

    public TimeSpan LongOutageAt => Duration * 0.6;

    /// <summary>
    /// How long one queue message is hidden while its function runs. A killed process's messages come back
    /// after it, so it bounds the time to drain after the kill; it must outlast <see cref="OutageBudget"/>.
    /// </summary>
    public TimeSpan MessageLease { get; init; } = TimeSpan.FromSeconds(40);

    /// <summary>How long one try of a queue message runs again through an outage before the queue retries it.</summary>
    public TimeSpan OutageBudget { get; init; } = TimeSpan.FromSeconds(20);

    public static ChaosOptions FromEnvironment()
    {
        var defaults = new ChaosOptions();
        return defaults with
        {
            Duration = Seconds("CHAOS_SECONDS") ?? defaults.Duration,
            Clients = (int?)Number("CHAOS_CLIENTS") ?? defaults.Clients,
            Outage = Seconds("CHAOS_OUTAGE_SECONDS") ?? defaults.Outage,
            LongOutage = Seconds("CHAOS_LONG_OUTAGE_SECONDS") ?? defaults.LongOutage,
            Email = Environment.GetEnvironmentVariable("CHAOS_EMAIL") is { Length: > 0 } email ? email : defaults.Email,
            FiguresPath = Environment.GetEnvironmentVariable("CHAOS_FIGURES") is { Length: > 0 } path ? path : null,
        };
    }

    private static TimeSpan? Seconds(string name) => Number(name) is { } value ? TimeSpan.FromSeconds(value) : null;

    private static double? Number(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } text ? double.Parse(text, CultureInfo.InvariantCulture) : null;
}
