using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Matchmaker.Introductions;
using Matchmaker.Needs;
using Matchmaker.Platform.Common;
using Matchmaker.Profiles;
using Matchmaker.Review;

namespace Matchmaker.Tests.System.Chaos;

/// <summary>
/// One client of a chaos run, going round the real journeys over HTTP until the run ends: a newcomer signs
/// up and confirms with the code from the email, the client's co-op posts a need, the coordinator approves
/// a pending suggestion for it, and both sides of any introduction asked by email answer. It never retries
/// blindly: what failed is picked up again on a later round, as a person would.
/// </summary>
public sealed class ChaosClient(int number, string coopId, string coopKey, string coordinatorKey, ChaosHttp http, MailIndex mail, ChaosLedger ledger, ConcurrentDictionary<string, bool> answered)
{
    // A person's pace: the load is bounded so that the app can keep up with its matching on a small machine.
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

    // Each person has two of these and each need asks for one, so a person fits about a third of the needs
    // (with every person fitting every need, each sign-up would queue matching for every open need).
    private static readonly string[] Skills = ["WordPress", "Linux", "video production", "bookkeeping", "facilitation", "sales"];

    private readonly HashSet<string> unconfirmed = [];
    private readonly HashSet<string> decidedNeeds = [];
    private int signUps;

    public async Task RunAsync(DateTime until)
    {
        for (var round = 0; DateTime.UtcNow < until; round++)
        {
            await SignUpAsync();
            await ConfirmAsync();
            if (round % 2 == number % 2)
            {
                await PostNeedAsync(round);
            }

            await ApproveAsync();
            await AnswerAsync();
            await Task.Delay(Pause);
        }
    }

    /// <summary>Fictional people only; the address is unique to the run, the client and the sign-up.</summary>
    private async Task SignUpAsync()
    {
        var n = ++signUps;
        var input = new ProfileInput(
            $"Chaos Tester {number}-{n}",
            $"chaos-{number}-{n}-{Guid.NewGuid():N}@example.org",
            new LocationInput("Leeds", "GB", "remote-ok"),
            3,
            new IncomeTargetInput(2080, "GBP"),
            [new SkillInput(Skills[n % Skills.Length], "advanced"), new SkillInput(Skills[(n + 1) % Skills.Length], "expert")],
            ["co-operative development"],
            ["JavaScript"],
            "A fictional person made by the chaos run.",
            new ConsentInput(Matching: true, Introductions: true, Training: true));
        if (await http.SendAsync("create profile", HttpMethod.Post, "/api/profiles", body: input) is { Status: HttpStatusCode.Created } answer)
        {
            var id = answer.Text("id");
            ledger.Profiles[id] = answer.Text("ownerToken");
            unconfirmed.Add(id);
        }
    }

    private async Task ConfirmAsync()
    {
        foreach (var id in unconfirmed.ToList())
        {
            if (mail.ConfirmationCode(id) is not { } code)
            {
                continue;
            }

            if (await ChaosConfirmation.ConfirmAsync(http, ledger, id, code))
            {
                unconfirmed.Remove(id);
            }
        }
    }

    private async Task PostNeedAsync(int round)
    {
        var need = new NeedInput(
            $"Chaos need {number}-{round}",
            "Keep co-op websites and servers running for clients.",
            [new SkillInput(Skills[(number + round) % Skills.Length], "working")],
            [new SkillInput("JavaScript", null)],
            ["JavaScript"],
            new DayRateInput(150, 300, "GBP"),
            2,
            12,
            new LocationInput("Leeds", "GB", "remote-ok"),
            1);
        if (await http.SendAsync("post need", HttpMethod.Post, "/api/needs", coopKey, need) is { Status: HttpStatusCode.Created } answer)
        {
            ledger.Needs[answer.Text("id")] = coopKey;
        }
    }

    /// <summary>The coordinator approves the best pending suggestion of each of this co-op's needs not yet decided.</summary>
    private async Task ApproveAsync()
    {
        var list = await http.SendAsync("list suggestions", HttpMethod.Get, $"/api/suggestions?coopId={coopId}&status=pending&limit=50", coordinatorKey);
        if (list is not { Status: HttpStatusCode.OK, Body: { } body })
        {
            return;
        }

        var pending = body.GetProperty("items").EnumerateArray()
            .Select(item => (Id: item.GetProperty("id").GetString()!, NeedId: item.GetProperty("needId").GetString()!))
            .Where(item => !decidedNeeds.Contains(item.NeedId))
            .DistinctBy(item => item.NeedId)
            .Take(2)
            .ToList();
        foreach (var (id, needId) in pending)
        {
            var answer = await http.SendAsync("approve suggestion", HttpMethod.Post, $"/api/suggestions/{id}/approve", coordinatorKey, new ApproveInput("Chaos run."));
            if (answer is { Status: HttpStatusCode.OK })
            {
                ledger.Approvals[id] = needId;
            }

            // One opening per need: once one approval landed (or it was decided meanwhile) the need is done.
            if (answer is { Status: HttpStatusCode.OK or HttpStatusCode.Conflict })
            {
                decidedNeeds.Add(needId);
            }
        }
    }

    /// <summary>Answers asks no client has answered yet: people accept; co-ops accept, but decline one in five.</summary>
    private async Task AnswerAsync()
    {
        foreach (var (introductionId, side, token) in mail.Asks().Where(ask => !answered.ContainsKey($"{ask.IntroductionId}/{ask.Side}")).Take(3))
        {
            if (!answered.TryAdd($"{introductionId}/{side}", true))
            {
                continue;
            }

            var choice = side == IntroductionSide.Coop && (introductionId.GetHashCode(StringComparison.Ordinal) & 0x7fffffff) % 5 == 0 ? "decline" : "accept";
            var answer = await http.SendAsync("answer introduction", HttpMethod.Post, $"/api/introductions/{introductionId}/respond", body: new RespondInput(token, choice));
            if (answer is { Status: HttpStatusCode.OK })
            {
                ledger.Answers[(introductionId, side)] = choice;
            }
            else if (answer is null || (int)answer.Status >= 500)
            {
                // No answer, or an outage: try again on a later round.
                answered.TryRemove($"{introductionId}/{side}", out _);
            }
        }
    }
}
