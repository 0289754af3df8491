using Matchmaker.Matching;

namespace Matchmaker.Tests.System.Newcomers;

/// <summary>
/// The newcomer pages for the naughty-string test: an app of its own without demo data, model or matching. The
/// test saves hundreds of names and bios and checks how the page shows them; a matching run after each save
/// would only compete with it for the cores.
/// </summary>
public sealed class NaughtyStringPagesWorld : NewcomerPagesWorld
{
    protected override IEnumerable<string> AppSettings =>
        [$"--AzureWebJobs.{nameof(MatchProfile)}.Disabled=true", $"--AzureWebJobs.{nameof(MatchNeed)}.Disabled=true"];

    protected override Task ReadyAsync() => Task.CompletedTask;
}
