using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Matchmaker.Introductions;
using Matchmaker.Tests.System.Chaos;

namespace Matchmaker.Tests.System.IntroductionChaos;

/// <summary>
/// Watches the groups' load every half minute. The coordinator looks at the poisoned messages and replays
/// each through the API, as the coordinators' page lets them. When nothing has moved for four minutes (no
/// approval, answer or email) the load is stalled: the clients stop, and the checks say what is stuck. With
/// <c>CHAOS_PROGRESS</c> set, a line of progress goes to that file each time.
/// </summary>
public sealed class LoadWatch(IntroductionChaosRun run, ChaosHttp http, IReadOnlyList<IntroductionGroup> groups, AnswerBook answers)
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StallAfter = TimeSpan.FromMinutes(4);

    private readonly string? progressPath = Environment.GetEnvironmentVariable("CHAOS_PROGRESS") is { Length: > 0 } path ? path : null;
    private volatile bool stalled;

    public bool Stalled => stalled;

    public int Replayed { get; private set; }

    public async Task RunAsync(Stopwatch clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var last = (Moved: -1, At: clock.Elapsed);
        while (!cancellationToken.IsCancellationRequested)
        {
            await ReplayPoisonedAsync();
            var mails = run.Mail.All();
            var moved = run.Ledger.Approvals.Count + run.Ledger.Answers.Count + mails.Count;
            if (moved != last.Moved)
            {
                last = (moved, clock.Elapsed);
            }
            else if (clock.Elapsed - last.At > StallAfter)
            {
                stalled = true;
            }

            if (progressPath is not null)
            {
                await File.AppendAllTextAsync(progressPath, Line(clock, mails), CancellationToken.None);
            }

            try
            {
                await Task.Delay(Every, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ReplayPoisonedAsync()
    {
        var list = await http.SendAsync("list poison", HttpMethod.Get, "/api/poison", IntroductionChaosRun.CoordinatorKey);
        if (list is not { Status: HttpStatusCode.OK, Body: { } body })
        {
            return;
        }

        foreach (var item in body.GetProperty("items").EnumerateArray())
        {
            var path = $"/api/poison/{item.GetProperty("queue").GetString()}/{item.GetProperty("messageId").GetString()}/replay";
            if (await http.SendAsync("replay poison", HttpMethod.Post, path, IntroductionChaosRun.CoordinatorKey) is { Status: HttpStatusCode.Accepted })
            {
                Replayed++;
            }
        }
    }

    /// <summary>Where the load stands, and for approved introductions not yet answered on both sides, what they wait for.</summary>
    private string Line(Stopwatch clock, IReadOnlyList<ChaosMail> mails)
    {
        var ledger = run.Ledger;
        var asked = mails.Where(mail => mail.Key.StartsWith($"{IntroductionEmailKeys.Ask}-", StringComparison.Ordinal)).Select(mail => $"{mail.Subject}/{mail.Key[4..]}").ToHashSet(StringComparer.Ordinal);
        var sides = groups.SelectMany(group => group.Approved)
            .SelectMany(suggestion => new[] { IntroductionSide.Person, IntroductionSide.Coop }.Select(side => $"{IntroductionIds.Of(suggestion.Id)}/{side}"))
            .ToList();
        var notAsked = sides.Count(side => !asked.Contains(side));
        var unsettled = sides.Count(side => asked.Contains(side) && !answers.IsSettled(side));
        var statuses = string.Join(" ", ledger.ByAction().Where(row => row.Action == "answer introduction").Select(row => $"{row.Status}x{row.Count}"));
        return $"{DateTime.UtcNow:HH:mm:ss} {clock.Elapsed.TotalSeconds:0} s: groups done {groups.Count(group => group.IsDone)}/{groups.Count}, "
            + $"profiles {ledger.Profiles.Count}, confirmed {ledger.Confirmed.Count}, needs {ledger.Needs.Count}, approved {sides.Count / 2} ({ledger.Approvals.Count} answered 200), "
            + $"sides not asked {notAsked}, asked but unsettled {unsettled}, answers [{statuses}], emails {mails.Count}, replayed {Replayed}, "
            + $"table tries {run.Faults.Tries}, requests {ledger.Requests}{(stalled ? ", STALLED" : "")}\n";
    }
}
