using Matchmaker.Matching;

namespace Matchmaker.Tests.Storage.Platform;

/// <summary>
/// An <see cref="ApiWorld"/> for the naughty-string tests, which create thousands of profiles and needs to
/// check what the API answers and stores. Matching them is not what those tests look at, so the functions that
/// match saved profiles and needs are off: each save still queues its message, but no run reads it, which
/// keeps the app and Azurite on the requests the tests check. Its Azurite is its own, as those requests would
/// slow every other world on the shared one.
/// </summary>
public sealed class NaughtyStringWorld : ApiWorld
{
    protected override bool HasOwnAzurite => true;

    protected override IEnumerable<string> Settings =>
        [.. base.Settings, $"--AzureWebJobs.{nameof(MatchProfile)}.Disabled=true", $"--AzureWebJobs.{nameof(MatchNeed)}.Disabled=true"];
}
