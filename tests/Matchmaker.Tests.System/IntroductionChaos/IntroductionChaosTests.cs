using Matchmaker.Tests.System.Chaos;
using Xunit.Abstractions;

namespace Matchmaker.Tests.System.IntroductionChaos;

/// <summary>
/// Introductions end to end under faults at the level of single requests: about one table request in twenty
/// fails (half never sent, half carried out with the answer lost) and SendGrid refuses one email request in
/// ten and delays another. Newcomers sign up and confirm, co-ops post needs, the coordinator approves and both
/// sides accept through their emails' links until the goal's introductions are connected (25 here;
/// <c>tools/chaos-introductions.sh</c> runs 500). Afterwards every email went exactly once, nothing answered a
/// 5xx other than 503 with Retry-After, every queue drained with anything poisoned replayed, and the
/// introduction invariants hold.
/// </summary>
[Trait("Category", "Chaos")]
[Collection(ChaosRunsOneAtATime.Name)]
public sealed class IntroductionChaosTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Introductions_made_end_to_end_through_failing_table_requests_and_a_failing_mail_service_each_send_every_email_exactly_once()
    {
        var options = IntroductionChaosOptions.FromEnvironment();
        await using var run = await IntroductionChaosRun.StartAsync(options);
        await run.RunLoadAsync();

        var verdict = await new IntroductionChaosChecks(run).RunAsync();

        var figures = string.Join('\n', verdict.Figures.Select(figure => $"{figure.Name}: {figure.Value}"));
        output.WriteLine(figures);
        if (options.FiguresPath is { } path)
        {
            await File.WriteAllTextAsync(path, $"{figures}\n{string.Join('\n', verdict.Problems.Select(problem => $"PROBLEM: {problem}"))}\n");
        }

        // The faults were met: the run tested what it claims to.
        Assert.True(run.Faults.Count(TableFaultKind.AnswerLost) > 0, figures);
        Assert.True(verdict.Problems.Count == 0, $"{string.Join('\n', verdict.Problems)}\n{figures}\n{run.App.Errors.Describe()}");
    }
}
