using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Azure.Storage.Queues;
using Matchmaker.Coops;
using Matchmaker.Matching;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Needs;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;
using Matchmaker.Platform.Telemetry;
using Matchmaker.Profiles;
using Matchmaker.Ranking;
using Matchmaker.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Matchmaker.Benchmarks;

/// <summary>
/// A burst of confirmations against the standalone host with its queue listeners, over a private Azurite:
/// people signed up beforehand (sign-up limits off) who all fit the same open needs are confirmed at once, so
/// each confirmation queues every need. Measured until both matching queues are empty: the need-updates
/// messages by outcome, runs per need, write conflicts, poisoned messages, and whether each need then equals
/// what one fresh run makes of it. The first rows are the small burst with runs coalesced off (every
/// message runs, five tries: matching as it was) and on; the last is the large burst, coalesced.
/// </summary>
public static partial class BurstLoad
{
    private const string CoordinatorKey = "burst-load-coordinator-key-0123456789";
    private const int Clients = 8;
    private static readonly string[] Levels = ["learning", "working", "advanced", "expert"];
    private static readonly string[] Extras = ["Ansible", "Docker", "PHP", "WordPress", "Nextcloud"];

    /// <param name="withSmall">False to measure only the large burst (the small rows take minutes with coalescing off).</param>
    public static async Task RunAsync(int people, int needs, bool withSmall)
    {
        Console.WriteLine($"{DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, load average {LoadAverage.Now()}");
        Console.WriteLine();
        Console.WriteLine("| What | Messages | Matched | Coalesced | Idle | Runs per need (min / median / max) | Write conflicts | Poisoned | Confirming | Until settled | Needs as a fresh run |");
        Console.WriteLine("|------|---------:|--------:|----------:|-----:|-----------------------------------|----------------:|---------:|-----------:|--------------:|---------------------:|");
        await using var azurite = await AzuriteProcess.StartAsync("burstoff", "burston", "burstlarge");
        if (withSmall)
        {
            string[] before = ["--Matchmaker:Matching:CoalesceRuns=false", "--Matchmaker:Matching:WriteAttempts=5"];
            Print("50 people, 5 needs, coalescing off (before)", 5, await BurstAsync(azurite.ConnectionStringOf("burstoff"), before, 50, 5));
            Print("50 people, 5 needs, coalescing on", 5, await BurstAsync(azurite.ConnectionStringOf("burston"), [], 50, 5));
        }

        Print($"{people} people, {needs} needs, coalescing on", needs, await BurstAsync(azurite.ConnectionStringOf("burstlarge"), [], people, needs));
        Console.WriteLine();
        Console.WriteLine($"load average at the end {LoadAverage.Now()}");
    }

    private static async Task<BurstOutcome> BurstAsync(string connection, string[] settings, int people, int needs)
    {
        var (outcome, needIds) = await MeasureAsync(connection, settings, people, needs);
        return outcome with { NeedsAsFresh = await NeedsAsFreshAsync(connection, needIds) };
    }

    private static async Task<(BurstOutcome Outcome, List<string> NeedIds)> MeasureAsync(string connection, string[] settings, int people, int needs)
    {
        await using var app = await StandaloneApp.StartAsync(
            connection,
            [
                $"--Matchmaker:CoordinatorKey={CoordinatorKey}", "--Matchmaker:TrainBootstrapModel=true",
                $"--AzureWebJobs.{nameof(TrainModel)}.Disabled=true", .. settings,
            ]);
        await app.Services.GetServices<IHostedService>().OfType<ModelBootstrapper>().Single().Completion;
        var queues = app.Services.GetRequiredService<QueueServiceClient>();
        var coopKey = await CoopAsync(app.Client);
        var needIds = new List<string>();
        for (var i = 0; i < needs; i++)
        {
            needIds.Add(await PostAsync<NeedCreated, string>(app.Client, "/api/needs", coopKey, Need(i), created => created.Id));
        }

        var signedUp = await InParallelAsync(people, i => PostAsync<ProfileCreated, string>(app.Client, "/api/profiles", null, Person(i), created => created.Id));
        await SettledAsync(queues);
        var codes = ConfirmationCodes(app.Outbox);

        using var recorder = new MetricRecorder(app.Services.GetRequiredService<IMeterFactory>());
        var clock = Stopwatch.StartNew();
        await InParallelAsync(people, async i =>
        {
            using var answer = await app.Client.PostAsJsonAsync($"/api/profiles/{signedUp[i]}/confirm", new ConfirmInput(codes[Email(i)]));
            return answer.StatusCode == HttpStatusCode.OK ? 0 : throw new InvalidOperationException($"A confirmation answered {(int)answer.StatusCode}");
        });
        var confirming = clock.Elapsed;
        await SettledAsync(queues);
        var settling = clock.Elapsed;

        long Count(string outcome) => recorder.Of("matchmaker.matching.need_runs").Where(m => Equals(m.Tags["outcome"], outcome)).Sum(m => m.Value);
        var poisoned = (await queues.GetQueueClient(StorageNames.PoisonQueueOf(StorageNames.NeedUpdatesQueue)).GetPropertiesAsync()).Value.ApproximateMessagesCount;
        var runs = app.Services.GetRequiredService<NeedRuns>();
        var perNeed = new List<long>();
        foreach (var need in needIds)
        {
            if (await runs.FindAsync(need, default) is { } row)
            {
                perNeed.Add(row.Started);
            }
        }

        var outcome = new BurstOutcome(
            confirming, settling, Count(NeedRunOutcomes.Matched), Count(NeedRunOutcomes.Coalesced), Count(NeedRunOutcomes.Idle),
            recorder.Of("matchmaker.matching.write_conflicts").Sum(m => m.Value), poisoned, [.. perNeed.Order()], NeedsAsFresh: 0);
        return (outcome, needIds);
    }

    /// <summary>
    /// How many needs are left exactly as they were after a fresh run (a message no earlier run can stand in for)
    /// of every need. Checked by an app whose matching listeners are off, after the burst's app has stopped, so
    /// nothing else moves meanwhile: the pending suggestions of all needs are read first, every need is run in
    /// turn, and each need is then compared with what was read. Where the burst left a state matching would
    /// still change, its fresh run (or a later need's, taking a person's place under the pending cap) shows it.
    /// </summary>
    private static async Task<int> NeedsAsFreshAsync(string connection, List<string> needIds)
    {
        await using var app = await StandaloneApp.StartAsync(
            connection,
            [
                $"--Matchmaker:CoordinatorKey={CoordinatorKey}", $"--AzureWebJobs.{nameof(TrainModel)}.Disabled=true",
                $"--AzureWebJobs.{nameof(MatchNeed)}.Disabled=true", $"--AzureWebJobs.{nameof(MatchProfile)}.Disabled=true",
            ]);
        var suggestions = app.Services.GetRequiredService<SuggestionStore>();
        async Task<string> PendingAsync(string need) => string.Join(
            '\n',
            (await suggestions.OfNeedAsync(need, default)).Where(s => s.Status == SuggestionStatus.Pending).OrderBy(s => s.Rank).Select(s => $"{s.Rank} {s.ProfileId} {s.Score}"));
        var settled = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var need in needIds)
        {
            settled[need] = await PendingAsync(need);
        }

        foreach (var need in needIds)
        {
            var stored = (await app.Services.GetRequiredService<NeedStore>().FindAsync(need, default))!;
            await app.Services.GetRequiredService<NeedMatcher>().MatchAsync(new NeedUpdatedMessage(need, stored.Version), default);
        }

        var same = 0;
        foreach (var need in needIds)
        {
            same += settled[need] == await PendingAsync(need) ? 1 : 0;
        }

        return same;
    }

    private static async Task SettledAsync(QueueServiceClient queues)
    {
        // Profiles first (they queue needs), then needs (a need's run may give a person's place away and queue another).
        foreach (var name in new[] { StorageNames.ProfileUpdatesQueue, StorageNames.NeedUpdatesQueue })
        {
            while ((await queues.GetQueueClient(name).GetPropertiesAsync()).Value.ApproximateMessagesCount > 0)
            {
                await Task.Delay(200);
            }
        }
    }

    private static Task<string> CoopAsync(HttpClient client) =>
        PostAsync<CoopCreated, string>(client, "/api/coops", CoordinatorKey, new CoopInput("Burst Co-op", "hello@burst.example.org", "Leeds", "GB"), created => created.Key);

    // Every need asks for Linux; pay, days and a nice-to-have vary, so people rank differently for each.
    private static NeedInput Need(int i) => new(
        $"Hosting need {i}",
        "Run and look after Linux servers for client work.",
        [new SkillInput("Linux", "working")],
        [new SkillInput(Extras[i % Extras.Length], null)],
        [],
        new DayRateInput(150 + (10 * (i % 25)), 200 + (10 * (i % 25)), "GBP"),
        1 + (i % 4),
        26,
        new LocationInput("London", "GB", "remote-ok"),
        1);

    private static ProfileInput Person(int i) => TestProfiles.Valid(new SkillInput("Linux", Levels[i % Levels.Length]), new SkillInput(Extras[i % Extras.Length], "working")) with
    {
        Name = $"Burst Person {i}",
        Email = Email(i),
        DaysPerWeek = 1 + (i % 5),
        IncomeTarget = new IncomeTargetInput(1000 + (40 * (i % 50)), "GBP"),
    };

    private static string Email(int i) => $"burst-{i}@example.org";

    /// <summary>Every confirmation code in the outbox, by address, read once (reading the folder per person would take minutes).</summary>
    private static Dictionary<string, string> ConfirmationCodes(Outbox outbox) =>
        outbox.All()
            .Where(mail => mail.Header("Subject").Contains("Confirm", StringComparison.Ordinal))
            .ToDictionary(
                mail => Address(mail.Header("To")),
                mail => ConfirmCode().Match(mail.Parts.First(part => part.ContentType.StartsWith("text/plain", StringComparison.Ordinal)).Text).Groups[1].Value,
                StringComparer.OrdinalIgnoreCase);

    /// <summary>The address of a <c>To</c> header, which may carry a name before it in angle brackets.</summary>
    private static string Address(string to) => to.LastIndexOf('<') is var open and >= 0 ? to[(open + 1)..].TrimEnd('>', ' ') : to.Trim();

    private static async Task<TId> PostAsync<TAnswer, TId>(HttpClient client, string path, string? bearer, object body, Func<TAnswer, TId> id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, body.GetType()) };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        using var answer = await client.SendAsync(request);
        return answer.IsSuccessStatusCode
            ? id((await answer.Content.ReadFromJsonAsync<TAnswer>())!)
            : throw new InvalidOperationException($"POST {path} answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
    }

    /// <summary>Items 0 to count - 1, <see cref="Clients"/> at a time, answers in item order.</summary>
    private static async Task<T[]> InParallelAsync<T>(int count, Func<int, Task<T>> work)
    {
        var results = new T[count];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                results[i] = await work(i);
            }
        }));
        return results;
    }

    private static void Print(string what, int needs, BurstOutcome outcome)
    {
        string S(TimeSpan time) => time.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture) + " s";
        var runs = outcome.RunsPerNeed is { Count: > 0 } r ? $"{r[0]} / {r[r.Count / 2]} / {r[^1]}" : $"{outcome.Matched / (double)needs:F1} on average";
        Console.WriteLine(
            $"| {what} | {outcome.Matched + outcome.Coalesced + outcome.Idle} | {outcome.Matched} | {outcome.Coalesced} | {outcome.Idle} | {runs} | {outcome.WriteConflicts} | {outcome.Poisoned} | {S(outcome.Confirming)} | {S(outcome.Settling)} | {outcome.NeedsAsFresh} of {needs} |");
    }

    [GeneratedRegex(@"/api/me#profile=[0-9a-f]+&confirm=([A-Za-z0-9_-]+)")]
    private static partial Regex ConfirmCode();
}
