using Matchmaker.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Profiles;

/// <summary>The app on a clock the test moves by days, with the daily pruning timer off: tests run the sweep themselves.</summary>
public sealed class UnconfirmedProfileWorld : ApiWorld
{
    public ShiftedTimeProvider Clock { get; } = new();

    protected override IEnumerable<string> Settings => [.. base.Settings, $"--AzureWebJobs.{nameof(PruneUnconfirmedProfiles)}.Disabled=true"];

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}
