using System.Net;
using Matchmaker.Platform.Hosting.Standalone;
using Matchmaker.Platform.Storage;
using Matchmaker.Ranking;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Matchmaker.Tests.Storage.Platform;

/// <summary>The standalone host honours <c>AzureWebJobs.&lt;name&gt;.Disabled</c> as the Functions host does.</summary>
[Collection(AzuriteTests.Name)]
public sealed class DisabledFunctionTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_disabled_http_function_has_no_route_and_a_disabled_queue_function_has_no_listener()
    {
        await using var app = await StandaloneApp.StartAsync(
            azurite.ConnectionString,
            $"--Matchmaker:CoordinatorKey={ApiWorld.CoordinatorKey}",
            $"--AzureWebJobs.{nameof(GetModel)}.Disabled=true",
            $"--AzureWebJobs.{nameof(TrainModel)}.Disabled=True");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/model");
        request.Headers.Authorization = new("Bearer", ApiWorld.CoordinatorKey);

        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.SendAsync(request)).StatusCode);
        var listened = app.Services.GetServices<IHostedService>().OfType<QueueTriggerListener>().Select(l => l.QueueName).ToList();
        Assert.DoesNotContain(StorageNames.ModelRetrainQueue, listened);
        Assert.Contains(StorageNames.ProfileUpdatesQueue, listened);
    }
}
