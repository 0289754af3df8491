using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Matchmaker.Introductions;
using Matchmaker.Tests.System.Chaos;

namespace Matchmaker.Tests.System.IntroductionChaos;

/// <summary>
/// The checks after the load: the answers kept the 503 rule; every queue drains, and whatever was poisoned
/// is replayed through the coordinators' route and drains too, leaving every poison queue empty; health is
/// ok; every acknowledged write reads back; every email went exactly once (<see cref="EmailChecks"/>); the
/// introduction invariants hold (<see cref="IntroductionInvariants"/>); and the goal's introductions are
/// connected. Storage is read directly from Azurite, past the faults.
/// </summary>
public sealed class IntroductionChaosChecks(IntroductionChaosRun run)
{
    private readonly QueueChecks queueChecks = new(new QueueServiceClient(run.Azurite.ConnectionString));
    private readonly TableServiceClient tables = new(run.Azurite.ConnectionString);

    /// <summary>An introduction's deadline message comes due its answer time after the last ask; then room for a loaded machine.</summary>
    private TimeSpan DrainBound => run.Options.AnswerWithin + TimeSpan.FromMinutes(3);

    public async Task<ChaosVerdict> RunAsync()
    {
        var verdict = new ChaosVerdict();
        Load(verdict);
        await queueChecks.DrainAsync(verdict, DrainBound);
        if (await ReplayPoisonedAsync(verdict) > 0)
        {
            await queueChecks.DrainAsync(verdict, DrainBound);
        }

        await queueChecks.PoisonAsync(verdict);
        Faults(verdict);
        run.Faults.Disable();
        await HealthAsync(verdict);
        var ledgerChecks = new LedgerChecks(run.App.Client.BaseAddress!, IntroductionChaosRun.CoordinatorKey, run.Ledger, tables);
        await ledgerChecks.ReadBackAsync(verdict);
        var introductions = await ledgerChecks.IntroductionsAsync(verdict);
        await new EmailChecks(run.Mail, run.Ledger, tables).RunAsync(verdict, introductions);
        await new IntroductionInvariants(tables, run.Mail, [.. run.ApprovalsAsked.Keys]).RunAsync(verdict, introductions);

        var recordedYetRefused = introductions
            .SelectMany(entity => new[] { IntroductionSide.Person, IntroductionSide.Coop }.Select(side => (entity, side)))
            .Where(pair => run.Answers.RefusedOnFirstTry.ContainsKey($"{pair.entity.Id}/{pair.side}") && pair.entity.AnswerOf(pair.side) == IntroductionAnswer.Accept)
            .Select(pair => $"{pair.entity.Id}/{pair.side}")
            .ToList();
        verdict.Figure("answers refused (410) on their first try", run.Answers.RefusedOnFirstTry.Count);
        verdict.ProblemsOf("Answers recorded although their first and only try was answered 410 (link used)", recordedYetRefused);

        // Every ask was answered and the queues are empty: an introduction still open has nothing left to move it.
        verdict.ProblemsOf("Introductions left open after the queues drained", [.. introductions.Where(entity => IntroductionStatus.IsOpen(entity.Status)).Select(entity => $"{entity.Id} ({entity.Status})")]);

        var connected = introductions.Count(entity => entity.Status == IntroductionStatus.Connected);
        verdict.Figure("introductions connected", connected);
        if (connected < run.Options.Introductions)
        {
            verdict.Problems.Add($"{connected} introductions connected, not the {run.Options.Introductions} asked for{(run.ReachedGoal ? "" : " (the clients ran out of time)")}.");
        }

        return verdict;
    }

    private void Load(ChaosVerdict verdict)
    {
        var ledger = run.Ledger;
        verdict.Figure("introductions asked for", run.Options.Introductions);
        verdict.Figure("load seconds", Math.Round(run.LoadTook.TotalSeconds));
        verdict.Figure("goal reached by the clients", run.ReachedGoal);
        verdict.Figure("clients stopped as nothing moved for four minutes", run.Stalled);
        verdict.Figure("poisoned messages replayed during the load", run.ReplayedDuringLoad);
        verdict.Figure("requests", ledger.Requests);
        foreach (var (status, count) in ledger.ByStatus())
        {
            verdict.Figure(status == 0 ? "answers: none (timed out)" : $"answers: {status}", count);
        }

        foreach (var (action, status, count) in ledger.ByAction())
        {
            verdict.Figure($"  {action}: {(status == 0 ? "none" : status)}", count);
        }

        verdict.ProblemsOf("Answers with a 5xx other than 503 with Retry-After", [.. ledger.Unexcused]);
    }

    /// <summary>Counted once the queues drained, so that the app's work after the load is in them too.</summary>
    private void Faults(ChaosVerdict verdict)
    {
        var faults = run.Faults;
        verdict.Figure("table requests (each try)", faults.Tries);
        verdict.Figure("  of which the SDK's retries", faults.Retries);
        verdict.Figure(run.Options.BusyPastRetries ? "  faults: 503 Server Busy, not sent, past the SDK's retries" : "  faults: 503 Server Busy, not sent", faults.Count(TableFaultKind.Busy));
        verdict.Figure("  faults: connection refused, not sent", faults.Count(TableFaultKind.Refused));
        verdict.Figure("  faults: sent, answer lost", faults.Count(TableFaultKind.AnswerLost));
        verdict.Figure("errors the app logged", run.App.Errors.All.Count);
    }

    /// <summary>A coordinator lists the poisoned messages and replays each through the API.</summary>
    private async Task<int> ReplayPoisonedAsync(ChaosVerdict verdict)
    {
        using var client = Coordinator();
        var replayed = 0;
        var refused = new List<string>();
        for (var pass = 0; pass < 5; pass++)
        {
            using var listed = await client.GetAsync(new Uri("/api/poison", UriKind.Relative));
            if (!listed.IsSuccessStatusCode)
            {
                // A 503 of the faults: look again, as a coordinator would.
                await Task.Delay(TimeSpan.FromSeconds(5));
                continue;
            }

            var list = await listed.Content.ReadFromJsonAsync<JsonElement>();
            var items = list.GetProperty("items").EnumerateArray().Select(item => (Queue: item.GetProperty("queue").GetString()!, Id: item.GetProperty("messageId").GetString()!)).ToList();
            if (items.Count == 0)
            {
                break;
            }

            foreach (var (queue, id) in items)
            {
                using var answer = await client.PostAsync(new Uri($"/api/poison/{queue}/{id}/replay", UriKind.Relative), null);
                if (answer.StatusCode == HttpStatusCode.Accepted)
                {
                    replayed++;
                }
                else
                {
                    refused.Add($"{queue}/{id}: {(int)answer.StatusCode}");
                }
            }
        }

        verdict.Figure("poisoned messages replayed", replayed);
        verdict.ProblemsOf("Poisoned messages whose replay was refused", refused);
        return replayed;
    }

    private async Task HealthAsync(ChaosVerdict verdict)
    {
        var status = "no answer";
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            using var response = await run.App.Client.GetAsync(new Uri("/api/health", UriKind.Relative));
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

    private HttpClient Coordinator()
    {
        var client = new HttpClient { BaseAddress = run.App.Client.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", IntroductionChaosRun.CoordinatorKey);
        return client;
    }
}
