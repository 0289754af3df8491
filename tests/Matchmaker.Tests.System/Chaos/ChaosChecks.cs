using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace Matchmaker.Tests.System.Chaos;

/// <summary>
/// The checks after a chaos run's load: every queue drains and health is ok again (within a bound), nothing is
/// in a poison queue, every acknowledged write reads back through the API, and no answer broke the 503 rule.
/// Storage is read directly from Azurite, not through the relay; emails are checked by <see cref="EmailChecks"/>.
/// </summary>
public sealed class ChaosChecks(ChaosRun run)
{
    private readonly QueueChecks queueChecks = new(new QueueServiceClient(run.Azurite.ConnectionString));
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
        await queueChecks.DrainAsync(verdict, DrainBound);
        await HealthAsync(verdict);
        await queueChecks.PoisonAsync(verdict);
        var ledgerChecks = new LedgerChecks(run.App.Address, ChaosRun.CoordinatorKey, run.Ledger, tables);
        await ledgerChecks.ReadBackAsync(verdict);
        var introductions = await ledgerChecks.IntroductionsAsync(verdict);
        await new EmailChecks(run.Mail, run.Ledger, tables).RunAsync(verdict, introductions);
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

}
