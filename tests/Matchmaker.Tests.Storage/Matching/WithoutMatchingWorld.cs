using Matchmaker.Matching;

namespace Matchmaker.Tests.Storage.Matching;

/// <summary>
/// An <see cref="ApiWorld"/> whose saved needs and profiles are never matched, for tests that write
/// suggestions themselves: a matching run would replace them with its own.
/// </summary>
public sealed class WithoutMatchingWorld : ApiWorld
{
    protected override IEnumerable<string> Settings =>
        [.. base.Settings, $"--AzureWebJobs.{nameof(MatchProfile)}.Disabled=true", $"--AzureWebJobs.{nameof(MatchNeed)}.Disabled=true"];
}
