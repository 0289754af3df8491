using System.Net;
using System.Text.Json;
using Matchmaker.Coops;
using Matchmaker.Introductions;
using Matchmaker.Needs;
using Matchmaker.Platform.Common;
using Matchmaker.Profiles;
using Matchmaker.Review;

namespace Matchmaker.Tests.System.Chaos;

/// <summary>
/// Twenty introductions approved at once put twenty messages on the introductions queue; storage is cut off
/// for 10 s as soon as the first of their emails has gone, while the rest are being processed; then the
/// checks of a chaos run (<see cref="ChaosChecks"/>) run once storage is back.
/// </summary>
public sealed class InFlightOutageWorld : IAsyncLifetime
{
    public const int Introductions = 20;

    private ChaosRun run = null!;

    /// <summary>Asks accepted by SendGrid's stand-in before storage was cut off.</summary>
    public int GoneBeforeCut { get; private set; }

    public ChaosVerdict Verdict { get; private set; } = null!;

    /// <summary>Every ask accepted, in the end.</summary>
    public IReadOnlyList<ChaosMail> Asks { get; private set; } = [];

    public string AppOutput => run.App.Output();

    public async Task InitializeAsync()
    {
        // Alike people would all hold the same five needs under the default cap on pending suggestions per
        // person; with room for twenty, every need gets one.
        run = await ChaosRun.StartAsync(new ChaosOptions { Clients = 0, AppSettings = ["--Matchmaker:Matching:PendingPerPerson=20"] });
        using var http = new ChaosHttp(run.App.Address, run.Ledger);
        var suggestions = await PendingSuggestionsAsync(run, http);

        var approvals = await Task.WhenAll(suggestions.Select(pair =>
            http.SendAsync("approve suggestion", HttpMethod.Post, $"/api/suggestions/{pair.Value}/approve", ChaosRun.CoordinatorKey, new ApproveInput(null))));
        Assert.All(approvals, answer => Assert.Equal(HttpStatusCode.OK, answer?.Status));
        foreach (var (needId, suggestionId) in suggestions)
        {
            run.Ledger.Approvals[suggestionId] = needId;
        }

        await Eventually.TrueAsync(() => Task.FromResult(run.Mail.Asks().Any()), "the first ask has gone");
        GoneBeforeCut = run.Mail.Asks().Count();
        await run.Proxy.CutOffAsync();
        await Task.Delay(TimeSpan.FromSeconds(10));
        run.Proxy.Restore();

        Verdict = await new ChaosChecks(run).RunAsync();
        Asks = [.. run.Mail.All().Where(mail => mail.Key.StartsWith($"{IntroductionEmailKeys.Ask}-", StringComparison.Ordinal))];
    }

    public async Task DisposeAsync() => await run.DisposeAsync();

    /// <summary>Twenty needs of two co-ops and three people who fit them all, until each need has a pending suggestion (by need).</summary>
    private static async Task<IReadOnlyDictionary<string, string>> PendingSuggestionsAsync(ChaosRun run, ChaosHttp http)
    {
        var coops = new List<CoopCreated>();
        for (var i = 0; i < 2; i++)
        {
            var coop = await http.SendAsync("create co-op", HttpMethod.Post, "/api/coops", ChaosRun.CoordinatorKey, new CoopInput($"In-flight Co-op {i}", $"inflight-{i}-{Guid.NewGuid():N}@example.org", "York", "GB"));
            coops.Add(new CoopCreated(coop!.Text("id"), coop.Text("key")));
        }

        var needs = new List<string>();
        for (var i = 0; i < Introductions; i++)
        {
            var need = new NeedInput($"Hosting need {i}", "Run Nextcloud for clients.", [new SkillInput("Nextcloud", "working")], [], [], new DayRateInput(150, 250, "GBP"), 1, 8, new LocationInput("York", "GB", "remote-ok"), 1);
            var id = (await http.SendAsync("post need", HttpMethod.Post, "/api/needs", coops[i % 2].Key, need))!.Text("id");
            run.Ledger.Needs[id] = coops[i % 2].Key;
            needs.Add(id);
        }

        for (var i = 0; i < 3; i++)
        {
            var profile = new ProfileInput(
                $"In-flight Tester {i}", $"inflight-{i}-{Guid.NewGuid():N}@example.org", new LocationInput("York", "GB", "remote-ok"), 2, new IncomeTargetInput(1500, "GBP"),
                [new SkillInput("Nextcloud", "expert")], [], [], "A fictional person.", new ConsentInput(Matching: true, Introductions: true, Training: true));
            var created = (await http.SendAsync("create profile", HttpMethod.Post, "/api/profiles", body: profile))!;
            var id = created.Text("id");
            run.Ledger.Profiles[id] = created.Text("ownerToken");
            string? code = null;
            await Eventually.TrueAsync(() => Task.FromResult((code = run.Mail.ConfirmationCode(id)) is not null), "the confirmation email has come");
            var confirmed = (await http.SendAsync("confirm profile", HttpMethod.Post, $"/api/profiles/{id}/confirm", body: new ConfirmInput(code)))!;
            Assert.Equal(HttpStatusCode.OK, confirmed.Status);
            run.Ledger.Profiles[id] = confirmed.Text("ownerToken");
            run.Ledger.Confirmed[id] = true;
        }

        var pending = new Dictionary<string, string>(StringComparer.Ordinal);
        await Eventually.TrueAsync(
            async () =>
            {
                foreach (var need in needs.Where(need => !pending.ContainsKey(need)))
                {
                    var list = await http.SendAsync("list suggestions", HttpMethod.Get, $"/api/suggestions?needId={need}&status=pending&limit=1", ChaosRun.CoordinatorKey);
                    if (list?.Body?.GetProperty("items") is { ValueKind: JsonValueKind.Array } items && items.GetArrayLength() > 0)
                    {
                        pending[need] = items[0].GetProperty("id").GetString()!;
                    }
                }

                return pending.Count == needs.Count;
            },
            "every need has a pending suggestion",
            seconds: 180);
        return pending;
    }
}
