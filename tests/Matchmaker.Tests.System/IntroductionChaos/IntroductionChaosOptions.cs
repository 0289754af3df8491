using System.Globalization;

namespace Matchmaker.Tests.System.IntroductionChaos;

/// <summary>
/// How big and how hard a run of <see cref="IntroductionChaosTests"/> is. The defaults are the CI run (25
/// introductions, a few minutes); <c>tools/chaos-introductions.sh</c> sets the environment variables below.
/// </summary>
public sealed record IntroductionChaosOptions
{
    /// <summary>Introductions to approve and see connected (<c>CHAOS_INTRODUCTIONS</c>).</summary>
    public int Introductions { get; init; } = 25;

    /// <summary>The seed of the table faults (<c>CHAOS_SEED</c>), so that a run's faults can be had again.</summary>
    public int Seed { get; init; } = 20261203;

    /// <summary>The share of table requests that fail (<c>CHAOS_TABLE_FAULTS</c>).</summary>
    public double TableFaultRate { get; init; } = 0.05;

    /// <summary>
    /// Whether the 503 Server Busy faults reach the app unretried, as once the SDK's retries are spent
    /// (<c>CHAOS_BUSY_PAST_RETRIES=1</c>; by default the SDK retries them as it retries a real one).
    /// </summary>
    public bool BusyPastRetries { get; init; }

    /// <summary>
    /// How long both sides have to answer (<c>CHAOS_ANSWER_WITHIN_SECONDS</c>; the reminder comes at half of
    /// it). An introduction's last queue message comes due then, so the queues drain no sooner after the last ask.
    /// </summary>
    public TimeSpan AnswerWithin { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long the clients may take to reach the goal (<c>CHAOS_LOAD_MINUTES</c>; by default 3 min and 6 s per introduction).</summary>
    public TimeSpan? LoadBound { get; init; }

    /// <summary>Where the figures are written besides the test output (<c>CHAOS_FIGURES</c>; none by default).</summary>
    public string? FiguresPath { get; init; }

    public TimeSpan LoadDeadline => LoadBound ?? TimeSpan.FromMinutes(3) + (Introductions * TimeSpan.FromSeconds(6));

    public static IntroductionChaosOptions FromEnvironment()
    {
        var defaults = new IntroductionChaosOptions();
        return defaults with
        {
            Introductions = (int?)Number("CHAOS_INTRODUCTIONS") ?? defaults.Introductions,
            Seed = (int?)Number("CHAOS_SEED") ?? defaults.Seed,
            TableFaultRate = Number("CHAOS_TABLE_FAULTS") ?? defaults.TableFaultRate,
            BusyPastRetries = Number("CHAOS_BUSY_PAST_RETRIES") is > 0,
            AnswerWithin = Number("CHAOS_ANSWER_WITHIN_SECONDS") is { } within ? TimeSpan.FromSeconds(within) : defaults.AnswerWithin,
            LoadBound = Number("CHAOS_LOAD_MINUTES") is { } minutes ? TimeSpan.FromMinutes(minutes) : null,
            FiguresPath = Environment.GetEnvironmentVariable("CHAOS_FIGURES") is { Length: > 0 } path ? path : null,
        };
    }

    private static double? Number(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } text ? double.Parse(text, CultureInfo.InvariantCulture) : null;
}
