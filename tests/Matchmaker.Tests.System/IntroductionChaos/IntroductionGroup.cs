using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Matchmaker.Coops;
using Matchmaker.Introductions;
using Matchmaker.Needs;
using Matchmaker.Platform.Common;
using Matchmaker.Profiles;
using Matchmaker.Review;
using Matchmaker.Tests.System.Chaos;

namespace Matchmaker.Tests.System.IntroductionChaos;

/// <summary>
/// One co-op and five newcomers who share a skill no other group has, going round the real journeys over
/// HTTP at a person's pace: the newcomers sign up and confirm with the code from their email, the co-op
/// posts five needs of four openings for that skill once its people are there, the coordinator approves
/// pending suggestions of its needs until the group's quota of introductions is approved, and both sides of
/// every ask answer yes through the link's token. Five needs are exactly the pending suggestions one person
/// may hold, so every newcomer is suggested for every need of the group and nothing gives way. Nothing is
/// retried blindly: what failed is looked at again on a later round, as a person would (a need whose post got
/// no answer is looked for in the co-op's list before it is posted again; an approval answered 503 is
/// pressed again, as the answer asks).
/// </summary>
public sealed class IntroductionGroup(
    int number,
    CoopCreated coop,
    int quota,
    ChaosHttp http,
    MailIndex mail,
    ChaosLedger ledger,
    AnswerBook answers,
    ConcurrentDictionary<string, bool> approvalsAsked)
{
    public const int Needs = 5;
    public const int Openings = 4;
    private const int People = 5;

    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

    // Canonical skills of the taxonomy, none related to another (directly or through a shared neighbour), so
    // that a group's needs find its own people only. Past 26 groups skills are shared and groups compete.
    private static readonly string[] Skills =
    [
        "HTML", "Collabora Online", "Email deliverability", "Observability and logging", "Jenkins", "OpenStack",
        "Penetration testing", "Tableau", "OpenStreetMap", "Impact measurement and evaluation", "Graphic design",
        "Video editing", "Audacity", "Proofreading", "Communications", "CRM systems", "Procurement",
        "Business strategy", "Human resources", "Scrum", "Curriculum design", "Volunteer management",
        "Conflict resolution", "Co-op conversion", "Making Tax Digital", "Service desk and ticketing",
    ];

    private readonly string skill = Skills[number % Skills.Length];
    private readonly string run = Guid.NewGuid().ToString("N")[..12];
    private readonly string?[] profiles = new string?[People];
    private readonly HashSet<string> confirmed = [];
    private readonly string?[] needs = new string?[Needs];
    private readonly bool[] unsure = new bool[Needs];
    private readonly Dictionary<string, string> unanswered = new(StringComparer.Ordinal);
    private IReadOnlyList<(string Id, string NeedId)> approved = [];
    private int rounds;

    /// <summary>The co-op's suggestions approved, as the coordinator's list last showed them.</summary>
    public IReadOnlyList<(string Id, string NeedId)> Approved => approved;

    /// <summary>The quota is approved (as the coordinator's list shows) and both sides of each of those answered.</summary>
    public bool IsDone { get; private set; }

    public async Task RunAsync(DateTime until, Func<bool> allDone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(allDone);
        while (DateTime.UtcNow < until && !allDone())
        {
            rounds++;
            if (!IsDone)
            {
                await SignUpAsync();
                await ConfirmAsync();
                // Needs come once the people are there, so each is matched once; a person who never gets
                // confirmed holds the group back only for a minute.
                if (confirmed.Count == People || rounds > 60)
                {
                    await PostNeedsAsync();
                }

                await ApproveAsync();
            }

            // Every group answers any ask still unanswered, its own or another's, as people do in parallel.
            await AnswerAsync();
            IsDone = approved.Count >= quota
                && approved.All(suggestion => Settled(suggestion.Id, IntroductionSide.Person) && Settled(suggestion.Id, IntroductionSide.Coop));
            await Task.Delay(Pause, cancellationToken);
        }
    }

    /// <summary>Fictional people only; each signs up with the same address until the sign-up is answered 201.</summary>
    private async Task SignUpAsync()
    {
        for (var i = 0; i < People; i++)
        {
            if (profiles[i] is not null)
            {
                continue;
            }

            var input = new ProfileInput(
                $"Chaos Newcomer {number}-{i}",
                $"intro-chaos-{number}-{i}-{run}@example.org",
                new LocationInput("Leeds", "GB", "remote-ok"),
                3,
                new IncomeTargetInput(2080, "GBP"),
                [new SkillInput(skill, "expert")],
                [],
                [],
                "A fictional person made by the chaos run.",
                new ConsentInput(Matching: true, Introductions: true, Training: true));
            if (await http.SendAsync("create profile", HttpMethod.Post, "/api/profiles", body: input) is { Status: HttpStatusCode.Created } answer)
            {
                profiles[i] = answer.Text("id");
                ledger.Profiles[profiles[i]!] = answer.Text("ownerToken");
            }
        }
    }

    private async Task ConfirmAsync()
    {
        foreach (var id in profiles.OfType<string>().Where(id => !confirmed.Contains(id)))
        {
            if (mail.ConfirmationCode(id) is not { } code)
            {
                continue;
            }

            if (await ChaosConfirmation.ConfirmAsync(http, ledger, id, code))
            {
                confirmed.Add(id);
            }
        }
    }

    private async Task PostNeedsAsync()
    {
        for (var k = 0; k < Needs; k++)
        {
            if (needs[k] is not null)
            {
                continue;
            }

            var title = $"Chaos need {number}-{k}";
            if (unsure[k] && await FindNeedAsync(title) is { } found)
            {
                needs[k] = found;
                ledger.Needs[found] = coop.Key;
                continue;
            }

            var need = new NeedInput(
                title, "Help the co-op's clients with this skill.", [new SkillInput(skill, "working")], [], [],
                new DayRateInput(150, 300, "GBP"), 2, 12, new LocationInput("Leeds", "GB", "remote-ok"), Openings);
            var answer = await http.SendAsync("post need", HttpMethod.Post, "/api/needs", coop.Key, need);
            if (answer is { Status: HttpStatusCode.Created })
            {
                needs[k] = answer.Text("id");
                ledger.Needs[needs[k]!] = coop.Key;
            }

            // No answer, or a 503 that may have saved it: look in the co-op's list before posting it again.
            unsure[k] = answer is null || (int)answer.Status >= 500;
        }
    }

    private async Task<string?> FindNeedAsync(string title)
    {
        var list = await http.SendAsync("list needs", HttpMethod.Get, $"/api/needs?coop={coop.Id}&limit=50", coop.Key);
        return list?.Body?.GetProperty("items").EnumerateArray()
            .Where(item => item.GetProperty("title").GetString() == title)
            .Select(item => item.GetProperty("id").GetString())
            .FirstOrDefault();
    }

    /// <summary>
    /// The coordinator looks at the co-op's approved suggestions (an approval that got no answer may have gone
    /// through) and approves pending ones of needs with openings left, up to the group's quota.
    /// </summary>
    private async Task ApproveAsync()
    {
        // An approval answered 503 (or not at all) may have gone through in part: the coordinator presses
        // approve again, as the answer asks, whether or not the suggestion is still listed as pending.
        foreach (var (id, needId) in unanswered.ToList())
        {
            await ApproveOneAsync(id, needId);
        }

        if (await SuggestionsAsync("approved") is not { } approvedNow)
        {
            return;
        }

        approved = approvedNow;
        if (approved.Count >= quota || await SuggestionsAsync("pending") is not { } pending)
        {
            return;
        }

        var taken = approved.GroupBy(suggestion => suggestion.NeedId).ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        var made = 0;
        foreach (var (id, needId) in pending)
        {
            if (approved.Count + made >= quota || taken.GetValueOrDefault(needId) >= Openings)
            {
                continue;
            }

            if (await ApproveOneAsync(id, needId))
            {
                taken[needId] = taken.GetValueOrDefault(needId) + 1;
                made++;
            }
        }
    }

    /// <returns>Whether the approval was answered 200.</returns>
    private async Task<bool> ApproveOneAsync(string id, string needId)
    {
        approvalsAsked[id] = true;
        var answer = await http.SendAsync("approve suggestion", HttpMethod.Post, $"/api/suggestions/{id}/approve", IntroductionChaosRun.CoordinatorKey, new ApproveInput("Chaos run."));
        if (answer is null || (int)answer.Status >= 500)
        {
            unanswered[id] = needId;
            return false;
        }

        unanswered.Remove(id);
        if (answer.Status == HttpStatusCode.OK)
        {
            ledger.Approvals[id] = needId;
            return true;
        }

        return false;
    }

    private async Task<IReadOnlyList<(string Id, string NeedId)>?> SuggestionsAsync(string status)
    {
        var list = await http.SendAsync("list suggestions", HttpMethod.Get, $"/api/suggestions?coopId={coop.Id}&status={status}&limit=50", IntroductionChaosRun.CoordinatorKey);
        return list is { Status: HttpStatusCode.OK, Body: { } body }
            ? [.. body.GetProperty("items").EnumerateArray().Select(item => (item.GetProperty("id").GetString()!, item.GetProperty("needId").GetString()!))]
            : null;
    }

    /// <summary>The side's ask was answered, and the answer was not one to try again (no answer at all, or a 5xx).</summary>
    private bool Settled(string suggestionId, string side) => answers.IsSettled($"{IntroductionIds.Of(suggestionId)}/{side}");

    /// <summary>Answers yes to asks no one has answered yet; one that got no answer, or a 5xx, is tried again later.</summary>
    private async Task AnswerAsync()
    {
        foreach (var (introductionId, side, token) in mail.Asks().Where(ask => !answers.Taken.ContainsKey($"{ask.IntroductionId}/{ask.Side}")).Take(10))
        {
            var key = $"{introductionId}/{side}";
            // False while the answer is on its way, true once it is settled.
            if (!answers.Taken.TryAdd(key, false))
            {
                continue;
            }

            var tries = answers.Tries.AddOrUpdate(key, 1, (_, count) => count + 1);
            var answer = await http.SendAsync("answer introduction", HttpMethod.Post, $"/api/introductions/{introductionId}/respond", body: new RespondInput(token, "accept"));
            if (answer is { Status: HttpStatusCode.OK })
            {
                ledger.Answers[(introductionId, side)] = "accept";
            }
            else if (answer is { Status: HttpStatusCode.Gone } && tries == 1)
            {
                answers.RefusedOnFirstTry[key] = true;
            }

            if (answer is null || (int)answer.Status >= 500)
            {
                answers.Taken.TryRemove(key, out _);
            }
            else
            {
                answers.Taken[key] = true;
            }
        }
    }
}
