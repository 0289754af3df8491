using Xunit.Abstractions;

namespace Matchmaker.Tests.System.Chaos;

/// <summary>
/// The app under load through storage outages and a crash. Eight clients (by default) go through the real
/// journeys for a minute against the app as a process of its own; storage is cut off for 10 s a fifth of
/// the way in, and the app is killed with SIGKILL and started again two fifths in. Afterwards no acknowledged
/// write may be lost, no answer may be a 5xx other than 503 with Retry-After, every queue must drain with
/// nothing poisoned, every email must have gone exactly once, and health must be ok again. Run alone with
/// <c>dotnet test tests/Matchmaker.Tests.System --filter Category=Chaos</c>; <c>tools/chaos.sh</c> runs it
/// longer and harder and prints its figures.
/// </summary>
[Trait("Category", "Chaos")]
[Collection(ChaosRunsOneAtATime.Name)]
public sealed class ChaosTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Under_load_through_a_storage_outage_and_a_killed_app_no_acknowledged_write_or_email_is_lost_or_repeated()
    {
        var options = ChaosOptions.FromEnvironment();
        await using var run = await ChaosRun.StartAsync(options);
        await run.RunLoadAsync();

        var verdict = await new ChaosChecks(run).RunAsync();

        var figures = string.Join('\n', verdict.Figures.Select(figure => $"{figure.Name}: {figure.Value}"));
        output.WriteLine(figures);
        if (options.FiguresPath is { } path)
        {
            await File.WriteAllTextAsync(path, $"{figures}\n{string.Join('\n', verdict.Problems.Select(problem => $"PROBLEM: {problem}"))}\n");
        }

        // The run did what it claims: work was acknowledged on every journey, before and after the faults.
        Assert.NotEmpty(run.Ledger.Profiles);
        Assert.NotEmpty(run.Ledger.Confirmed);
        Assert.NotEmpty(run.Ledger.Needs);
        Assert.NotEmpty(run.Ledger.Approvals);
        Assert.NotEmpty(run.Ledger.Answers);
        Assert.Equal(2, run.App.Starts);
        Assert.True(verdict.Problems.Count == 0, $"{string.Join('\n', verdict.Problems)}\n{figures}{run.App.Output()}");
    }
}
