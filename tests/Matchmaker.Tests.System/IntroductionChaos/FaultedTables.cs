using Azure.Core;
using Azure.Data.Tables;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.System.IntroductionChaos;

/// <summary>
/// Replaces the app's table client with one whose requests pass <see cref="TableFaults"/>. Its options are
/// the app's own (see <c>StorageAccount</c>): the same short retry budget and the same write counting, so that
/// the app meets the faults with the retries it has in production. Queues are left alone: the listeners'
/// polling is the test's machinery, and a fault there would only delay a message, never test the app.
/// </summary>
public static class FaultedTables
{
    public static void Replace(IServiceCollection services, string connectionString, TableFaults faults)
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 3;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        options.AddPolicy(new StorageWritePolicy(), HttpPipelinePosition.PerCall);
        options.AddPolicy(faults, HttpPipelinePosition.PerRetry);
        services.AddSingleton(_ => new TableServiceClient(connectionString, options));
    }
}
