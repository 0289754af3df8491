using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Matchmaker.Introductions;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Tests.System.Chaos;

/// <summary>
/// The checks after a chaos run's load: every queue drains and health is ok again (within a bound), nothing is
/// in a poison queue, every acknowledged write reads back through the API, and no answer broke the 503 rule.
/// Storage is read directly from Azurite, not through the relay; emails are checked by <see cref="EmailChecks"/>.
/// </summary>
public sealed class ChaosChecks(ChaosRun run)
{
    private readonly QueueServiceClient queues = new(run.Azurite.ConnectionString);
    private readonly TableServiceClient tables = new(run.Azurite.ConnectionString);

    /// <summary>
    /// Long enough for messages a killed process held to come back (the lease), one try's outage budget and
    /// the queued confirmation copies, with room for a loaded machine.
    /// </summary>
    private TimeSpan DrainBound => run.Options.MessageLease + run.Options.OutageBudget + TimeSpan.FromMinutes(2);

    public async Task<ChaosVerdict> RunAsync()
    {
        var verdict = new ChaosVerdict();
        Load(verdict);
        await DrainAsync(verdict);
        await HealthAsync(verdict);
        await PoisonAsync(verdict);
        await ReadBackAsync(verdict);
        var introductions = await IntroductionsAsync(verdict);
        await new EmailChecks(run, tables).RunAsync(verdict, introductions);
        return verdict;
    }

    private void Load(ChaosVerdict verdict)
    {
        var ledger = run.Ledger;
        verdict.Figure("clients", run.Options.Clients);
        verdict.Figure("load seconds", Math.Round(run.LoadTook.TotalSeconds));
        verdict.Figure("requests", ledger.Requests);
        foreach (var (status, count) in ledger.ByStatus())
        {
            verdict.Figure(status == 0 ? "answers: none (app down or timed out)" : $"answers: {status}", count);
        }

        foreach (var (action, status, count) in ledger.ByAction())
        {
            verdict.Figure($"  {action}: {(status == 0 ? "none" : status)}", count);
        }

        foreach (var fault in run.Faults.Events)
        {
            var health = fault.HealthyAfter is { } after ? $", health 200 ({fault.HealthStatus}) {after.TotalSeconds:0.0} s after" : "";
            verdict.Figure($"fault: {fault.What}", $"at {fault.At.TotalSeconds:0} s for {fault.Length.TotalSeconds:0.0} s{health}");
            if (fault.HealthyAfter is null && fault.What.StartsWith("storage", StringComparison.Ordinal))
            {
                verdict.Problems.Add($"Health did not answer 200 within two minutes after '{fault.What}' ended, without a restart.");
            }
        }

        verdict.Figure("app starts", run.App.Starts);
        verdict.Figure("connections through the relay", run.Proxy.Connections);
        verdict.ProblemsOf("Answers with a 5xx other than 503 with Retry-After", [.. ledger.Unexcused]);
    }

    private async Task DrainAsync(ChaosVerdict verdict)
    {
        var clock = Stopwatch.StartNew();
        var counts = await CountsAsync(StorageNames.Queues);
        while (counts.Values.Any(count => count > 0) && clock.Elapsed < DrainBound)
        {
            await Task.Delay(500);
            counts = await CountsAsync(StorageNames.Queues);
        }

        verdict.Figure("seconds to drain every queue after the load", Math.Round(clock.Elapsed.TotalSeconds));
        verdict.ProblemsOf($"Queues not drained within {DrainBound.TotalSeconds:0} s", [.. counts.Where(pair => pair.Value > 0).Select(pair => $"{pair.Key}: {pair.Value}")]);
    }

    private async Task HealthAsync(ChaosVerdict verdict)
    {
        using var client = new HttpClient { BaseAddress = run.App.Address, Timeout = TimeSpan.FromSeconds(10) };
        var status = "no answer";
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.GetAsync(new Uri("/api/health", UriKind.Relative));
            status = response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString()! : $"{(int)response.StatusCode}";
            if (status == "ok")
            {
                break;
            }

            await Task.Delay(500);
        }

        verdict.Figure("health at the end", status);
        if (status != "ok")
        {
            verdict.Problems.Add($"Health is '{status}' at the end, not 'ok'.");
        }
    }

    private async Task PoisonAsync(ChaosVerdict verdict)
    {
        var poisoned = await CountsAsync([.. StorageNames.Queues.Select(queue => $"{queue}-poison")]);
        verdict.Figure("poisoned messages", poisoned.Values.Sum());
        verdict.ProblemsOf("Poison queues holding messages", [.. poisoned.Where(pair => pair.Value > 0).Select(pair => $"{pair.Key}: {pair.Value}")]);
    }

    /// <summary>Every 201 (and every 200 that changed something) is there, read through the API as its owner.</summary>
    private async Task ReadBackAsync(ChaosVerdict verdict)
    {
        var ledger = run.Ledger;
        using var client = new HttpClient { BaseAddress = run.App.Address, Timeout = TimeSpan.FromSeconds(30) };
        var lost = new List<string>();
        foreach (var (id, token) in ledger.Profiles)
        {
            var (status, body) = await GetAsync(client, $"/api/profiles/{id}", token);
            var expected = ledger.Confirmed.ContainsKey(id) ? "active" : null;
            if (status != HttpStatusCode.OK || (expected is not null && body?.GetProperty("status").GetString() != expected))
            {
                lost.Add($"profile {id}: {(int)status} {body?.GetProperty("status").GetString()}");
            }
        }

        foreach (var (id, key) in ledger.Needs)
        {
            if ((await GetAsync(client, $"/api/needs/{id}", key)).Status != HttpStatusCode.OK)
            {
                lost.Add($"need {id}");
            }
        }

        foreach (var (id, needId) in ledger.Approvals)
        {
            var (status, body) = await GetAsync(client, $"/api/suggestions?needId={needId}&status=approved", ChaosRun.CoordinatorKey);
            if (status != HttpStatusCode.OK || !body!.Value.GetProperty("items").EnumerateArray().Any(item => item.GetProperty("id").GetString() == id))
            {
                lost.Add($"approval of suggestion {id}");
            }
        }

        verdict.Figure("acknowledged: profiles created", ledger.Profiles.Count);
        verdict.Figure("acknowledged: profiles confirmed", ledger.Confirmed.Count);
        verdict.Figure("acknowledged: needs posted", ledger.Needs.Count);
        verdict.Figure("acknowledged: suggestions approved", ledger.Approvals.Count);
        verdict.Figure("acknowledged: introduction answers", ledger.Answers.Count);
        verdict.Figure("acknowledged writes lost", lost.Count);
        verdict.ProblemsOf("Acknowledged writes not found afterwards", lost);
    }

    /// <summary>Every approval made an introduction, and every acknowledged answer is recorded on it.</summary>
    private async Task<IReadOnlyList<IntroductionEntity>> IntroductionsAsync(ChaosVerdict verdict)
    {
        var introductions = new List<IntroductionEntity>();
        await foreach (var entity in tables.GetTableClient(StorageNames.IntroductionsTable).QueryAsync<IntroductionEntity>(TableClient.CreateQueryFilter($"RowKey eq {IntroductionEntity.Row}")))
        {
            introductions.Add(entity);
        }

        var bySuggestion = introductions.ToDictionary(entity => entity.SuggestionId, StringComparer.Ordinal);
        var byId = introductions.ToDictionary(entity => entity.Id, StringComparer.Ordinal);
        var missing = run.Ledger.Approvals.Keys.Where(id => !bySuggestion.ContainsKey(id)).Select(id => $"no introduction for approved suggestion {id}")
            .Concat(run.Ledger.Answers.Where(pair => !byId.TryGetValue(pair.Key.IntroductionId, out var entity) || entity.AnswerOf(pair.Key.Side) != pair.Value)
                .Select(pair => $"answer {pair.Value} of the {pair.Key.Side} to introduction {pair.Key.IntroductionId} not recorded"))
            .ToList();
        foreach (var group in introductions.GroupBy(entity => entity.Status).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            verdict.Figure($"introductions: {group.Key}", group.Count());
        }

        verdict.ProblemsOf("Introductions missing their approval or answer", missing);
        return introductions;
    }

    private static async Task<(HttpStatusCode Status, JsonElement? Body)> GetAsync(HttpClient client, string path, string bearer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : null);
    }

    private async Task<Dictionary<string, int>> CountsAsync(IReadOnlyList<string> names)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var queue = queues.GetQueueClient(name);
            counts[name] = await queue.ExistsAsync() ? (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount : 0;
        }

        return counts;
    }
}
