using Matchmaker.Needs;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Needs;

/// <summary>The app on a clock the test moves by days, with the daily sweep's timer off: tests run the sweep themselves.</summary>
public sealed class StaleNeedWorld : ApiWorld
{
    public ShiftedTimeProvider Clock { get; } = new();

    protected override IEnumerable<string> Settings => [.. base.Settings, $"--AzureWebJobs.{nameof(SweepStaleNeeds)}.Disabled=true"];

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}
