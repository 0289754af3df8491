using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matchmaker.Coops;
using Matchmaker.Tests.System.Chaos;

namespace Matchmaker.Tests.System.IntroductionChaos;

/// <summary>
/// One run's world: a private Azurite, SendGrid's failing stand-in, and the standalone host in this process
/// with its table client replaced by one that fails about one request in twenty (<see cref="TableFaults"/>);
/// then the groups' load (<see cref="IntroductionGroup"/>) until the goal is reached or time runs out.
/// </summary>
public sealed class IntroductionChaosRun : IAsyncDisposable
{
    public const string CoordinatorKey = "chaos-coordinator-key-0123456789abcdef-not-a-secret";

    /// <summary>Introductions one group makes at most: five needs of four openings.</summary>
    public const int PerGroup = IntroductionGroup.Needs * IntroductionGroup.Openings;

    private IntroductionChaosRun(IntroductionChaosOptions options, AzuriteProcess azurite, SendGridStandIn sendGrid, TableFaults faults, StandaloneApp app)
    {
        Options = options;
        Azurite = azurite;
        SendGrid = sendGrid;
        Faults = faults;
        App = app;
        Mail = new MailIndex(sendGrid);
    }

    public IntroductionChaosOptions Options { get; }

    public AzuriteProcess Azurite { get; }

    public SendGridStandIn SendGrid { get; }

    public TableFaults Faults { get; }

    public StandaloneApp App { get; }

    public MailIndex Mail { get; }

    public ChaosLedger Ledger { get; } = new();

    public AnswerBook Answers { get; } = new();

    /// <summary>Every suggestion the coordinator asked to approve, answered or not: nothing else may end up approved.</summary>
    public ConcurrentDictionary<string, bool> ApprovalsAsked { get; } = new(StringComparer.Ordinal);

    public TimeSpan LoadTook { get; private set; }

    /// <summary>Whether the clients stopped because nothing moved for minutes (see <see cref="LoadWatch"/>).</summary>
    public bool Stalled { get; private set; }

    /// <summary>Poisoned messages the coordinator replayed while the clients worked.</summary>
    public int ReplayedDuringLoad { get; private set; }

    /// <summary>Whether the clients reached the goal (every approval made and every ask answered) within the bound.</summary>
    public bool ReachedGoal { get; private set; }

    public static async Task<IntroductionChaosRun> StartAsync(IntroductionChaosOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var azurite = await AzuriteProcess.StartAsync();
        var sendGrid = new SendGridStandIn();
        var faults = new TableFaults(options.Seed, options.TableFaultRate, options.BusyPastRetries);
        StandaloneApp app;
        try
        {
            app = await StandaloneApp.StartAsync(azurite.ConnectionString, services => FaultedTables.Replace(services, azurite.ConnectionString, faults), [.. Settings(options), .. sendGrid.Settings]);
        }
        catch
        {
            sendGrid.Dispose();
            await azurite.DisposeAsync();
            throw;
        }

        var run = new IntroductionChaosRun(options, azurite, sendGrid, faults, app);
        await Eventually.TrueAsync(run.HasLiveModelAsync, "the app has trained its first model", seconds: 240);
        return run;
    }

    /// <summary>Creates a co-op per group (before the faults: it is the setting, not the journey), then runs the groups.</summary>
    public async Task RunLoadAsync()
    {
        using var http = new ChaosHttp(App.Client.BaseAddress!, Ledger);
        var groups = new List<IntroductionGroup>();
        for (var g = 0; g * PerGroup < Options.Introductions; g++)
        {
            var answer = await http.SendAsync("create co-op", HttpMethod.Post, "/api/coops", CoordinatorKey, new CoopInput($"Chaos Co-op {g}", $"coop-{g}-{Guid.NewGuid():N}@example.org", "Leeds", "GB"));
            Assert.True(answer is { Status: HttpStatusCode.Created }, $"A co-op could not be created before the faults began: {answer?.Status}.");
            var quota = Math.Min(PerGroup, Options.Introductions - (g * PerGroup));
            groups.Add(new IntroductionGroup(g, new CoopCreated(answer!.Text("id"), answer.Text("key")), quota, http, Mail, Ledger, Answers, ApprovalsAsked));
        }

        Faults.Enable();
        var clock = Stopwatch.StartNew();
        var until = DateTime.UtcNow + Options.LoadDeadline;
        using var stop = new CancellationTokenSource();
        var watch = new LoadWatch(this, http, groups, Answers);
        var running = groups.Select(group => group.RunAsync(until, () => watch.Stalled || groups.All(other => other.IsDone), stop.Token)).ToList();
        var watching = watch.RunAsync(clock, stop.Token);
        try
        {
            await Task.WhenAll(running);
        }
        finally
        {
            await stop.CancelAsync();
            await watching;
        }

        Stalled = watch.Stalled;
        ReplayedDuringLoad = watch.Replayed;
        LoadTook = clock.Elapsed;
        ReachedGoal = groups.All(group => group.IsDone);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Azurite.DisposeAsync();
        SendGrid.Dispose();
    }

    private static IEnumerable<string> Settings(IntroductionChaosOptions options) =>
    [
        "--Matchmaker:TrainBootstrapModel=true",
        // Retraining would take a core for seconds and change the live model mid-run.
        "--AzureWebJobs.TrainModel.Disabled=true",
        $"--Matchmaker:CoordinatorKey={CoordinatorKey}",
        // Time runs fast where the app waits by design: the queued copy of each confirmation email, an
        // introduction's reminder and its deadline come due within the run, so that the queues can drain.
        "--Matchmaker:AccountEmails:RetryDelay=00:00:10",
        $"--Matchmaker:Introductions:RemindAfter={options.AnswerWithin / 2:c}",
        $"--Matchmaker:Introductions:AnswerWithin={options.AnswerWithin:c}",
    ];

    private async Task<bool> HasLiveModelAsync()
    {
        using var response = await App.Client.GetAsync(new Uri("/api/health", UriKind.Relative));
        return response.IsSuccessStatusCode
            && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("model").GetString() is { } model && model != "none";
    }
}
