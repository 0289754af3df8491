using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matchmaker.Coops;

namespace Matchmaker.Tests.System.Chaos;

/// <summary>
/// One chaos run's world: an Azurite keeping its data on disk, the <see cref="StorageProxy"/> the app reaches it
/// through, and the app as a process of its own sending its emails to SendGrid's stand-in (or its eml folder); then the clients' load with
/// the faults of <see cref="ChaosFaults"/> on their schedule.
/// </summary>
public sealed class ChaosRun : IAsyncDisposable
{
    public const string CoordinatorKey = "chaos-coordinator-key-0123456789abcdef-not-a-secret";

    private readonly string folder;

    private ChaosRun(ChaosOptions options, string folder, AzuriteProcess azurite, StorageProxy proxy, AppProcess app, IMailSource mail)
    {
        Options = options;
        this.folder = folder;
        Azurite = azurite;
        Proxy = proxy;
        App = app;
        Mail = new MailIndex(mail);
        Faults = new ChaosFaults(options, proxy, app);
    }

    public ChaosOptions Options { get; }

    public AzuriteProcess Azurite { get; }

    public StorageProxy Proxy { get; }

    public AppProcess App { get; }

    public MailIndex Mail { get; }

    public ChaosFaults Faults { get; }

    public ChaosLedger Ledger { get; } = new();

    /// <summary>How long the load ran, the faults' tail included.</summary>
    public TimeSpan LoadTook { get; private set; }

    public static async Task<ChaosRun> StartAsync(ChaosOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = Path.Combine(Path.GetTempPath(), "matchmaker-tests", $"chaos-{Guid.NewGuid():N}");
        var azurite = await AzuriteProcess.StartOnDiskAsync(Path.Combine(folder, "azurite"));
        var proxy = StorageProxy.Start(azurite.Ports);
        IMailSource mail = options.Email == "eml" ? new EmlFolderSource(Path.Combine(folder, "emails")) : new SendGridStandIn();
        AppProcess app;
        try
        {
            app = await AppProcess.StartAsync([.. Settings(options, proxy), .. mail.Settings]);
        }
        catch
        {
            (mail as IDisposable)?.Dispose();
            await proxy.DisposeAsync();
            await azurite.DisposeAsync();
            throw;
        }

        var run = new ChaosRun(options, folder, azurite, proxy, app, mail);
        await Eventually.TrueAsync(run.HasLiveModelAsync, "the app has trained its first model", app.Output, seconds: 240);
        return run;
    }

    /// <summary>Creates a co-op for each client, then runs the clients and the faults until both are done.</summary>
    public async Task RunLoadAsync()
    {
        var coops = new List<CoopCreated>();
        using var http = new ChaosHttp(App.Address, Ledger);
        for (var i = 0; i < Options.Clients; i++)
        {
            var answer = await http.SendAsync("create co-op", HttpMethod.Post, "/api/coops", CoordinatorKey, new CoopInput($"Chaos Co-op {i}", $"coop-{i}-{Guid.NewGuid():N}@example.org", "Leeds", "GB"));
            Assert.True(answer is { Status: HttpStatusCode.Created }, $"A co-op could not be created before the faults began: {answer?.Status}.{App.Output()}");
            coops.Add(new CoopCreated(answer!.Text("id"), answer.Text("key")));
        }

        var answered = new global::System.Collections.Concurrent.ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        var until = DateTime.UtcNow + Options.Duration;
        var clients = coops.Select((coop, i) => new ChaosClient(i, coop.Id, coop.Key, CoordinatorKey, http, Mail, Ledger, answered).RunAsync(until));
        await Task.WhenAll([.. clients, Faults.RunAsync(clock)]);
        LoadTook = clock.Elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Proxy.DisposeAsync();
        await Azurite.DisposeAsync();
        (Mail.Source as IDisposable)?.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temporary folder cleaning.
        }
    }

    private static IEnumerable<string> Settings(ChaosOptions options, StorageProxy proxy) =>
    [
        $"--AzureWebJobsStorage={proxy.ConnectionString()}",
        "--Matchmaker:SeedDemoData=false",
        "--Matchmaker:TrainBootstrapModel=true",
        // Retraining would take a core for seconds and change the live model mid-run.
        "--AzureWebJobs.TrainModel.Disabled=true",
        $"--Matchmaker:CoordinatorKey={CoordinatorKey}",
        $"--Matchmaker:Email:SuppressionKey={StandaloneApp.SuppressionKey}",
        // One machine signs up hundreds of people: the hourly limits and the day's budget are off.
        "--Matchmaker:Limits:SignUpsPerCallerPerHour=0",
        "--Matchmaker:Limits:EmailsPerAddressPerHour=0",
        "--Matchmaker:Limits:EmailsPerDay=0",
        // Time runs fast: the queued copy of each confirmation email, an introduction's reminder and its deadline
        // (each a delayed queue message) come due within the run, so that the queues can drain after it.
        "--Matchmaker:AccountEmails:RetryDelay=00:00:10",
        "--Matchmaker:Introductions:RemindAfter=00:00:15",
        "--Matchmaker:Introductions:AnswerWithin=00:00:30",
        $"--Matchmaker:Queues:OutageBudget={options.OutageBudget:c}",
        $"--Matchmaker:Queues:MessageLease={options.MessageLease:c}",
        "--Logging:Console:LogLevel:Default=Warning",
        .. options.AppSettings,
    ];

    private async Task<bool> HasLiveModelAsync()
    {
        using var client = new HttpClient { BaseAddress = App.Address, Timeout = TimeSpan.FromSeconds(10) };
        using var response = await client.GetAsync(new Uri("/api/health", UriKind.Relative));
        return response.IsSuccessStatusCode
            && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("model").GetString() is { } model && model != "none";
    }
}
