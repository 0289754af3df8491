using System.Net;
using System.Net.Http.Json;
using Azure.Storage.Queues;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Ranking;
using Matchmaker.Model.Training;
using Matchmaker.Platform.Storage;
using Matchmaker.Ranking;
using Matchmaker.Ranking.Decisions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Matchmaker.Tests.Storage.Ranking;

/// <summary>Retraining through the API and the queue, on an app with a storage account of its own and a live bootstrap model.</summary>
public sealed class RetrainTests : IAsyncLifetime
{
    private string storage = null!;
    private StandaloneApp app = null!;

    public async Task InitializeAsync()
    {
        storage = await SharedAzurite.NewAccountAsync();
        app = await StandaloneApp.StartAsync(storage, "--Matchmaker:TrainBootstrapModel=true", $"--Matchmaker:CoordinatorKey={ApiWorld.CoordinatorKey}");
        await app.Services.GetServices<IHostedService>().OfType<ModelBootstrapper>().Single().Completion;
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
    }

    [Fact]
    public async Task A_retrain_request_trains_once_on_the_decisions_and_measures_the_new_model_against_the_live_one()
    {
        var decisions = app.Services.GetRequiredService<DecisionStore>();
        for (var need = 0; need < 12; need++)
        {
            for (var person = 0; person < 4; person++)
            {
                var features = PairFeatures.Names.ToDictionary(name => name, name => (float)((person + name.Length) % 5) / 4);
                await decisions.RecordAsync(new DecisionRecord($"need-{need}", $"person-{person}", (DecisionOutcome)person, features, "v000001"), true, default);
            }
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/model/retrain");
        request.Headers.Authorization = new("Bearer", ApiWorld.CoordinatorKey);
        var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var requested = (await response.Content.ReadFromJsonAsync<ModelRetrainRequested>())!;
        var registry = app.Services.GetRequiredService<ModelRegistry>();
        await Eventually.TrueAsync(async () => (await registry.VersionsAsync(default)).Count == 2, "the retrained model is registered", seconds: 120);
        var retrained = (await registry.VersionsAsync(default))[1];
        Assert.Equal("v000001", retrained.ComparedWith);
        Assert.NotNull(retrained.ComparedWithNdcg5);
        Assert.Equal(12, retrained.DecisionGroups);
        Assert.Equal(300 - (3 * 12), retrained.BootstrapGroups);
        Assert.Equal(ModelRequester.Coordinator, retrained.RequestedBy);
        Assert.Equal(FitScale.Points, System.Text.Json.JsonSerializer.Deserialize<double[]>(retrained.FitQuantilesJson!)!.Length);

        // The job follows the version to its end: live or refused, with the same decision the history shows.
        var job = await JobAsync(response.Headers.Location!.OriginalString, j => RetrainJobState.IsDone(j.State), "the job is finished");
        using var history = new HttpRequestMessage(HttpMethod.Get, "/api/model/versions");
        history.Headers.Authorization = new("Bearer", ApiWorld.CoordinatorKey);
        var versions = (await (await app.Client.SendAsync(history)).Content.ReadFromJsonAsync<ModelVersionList>())!.Items;
        Assert.Equal(["v000002", "v000001"], versions.Select(v => v.Version));
        Assert.Equal((requested.JobId, "v000002", versions[0].Status, versions[0].Decision), (job.JobId, job.Version, job.State, job.Decision));
        Assert.NotNull(job.StartedAt);
        Assert.True(job.FinishedAt >= job.StartedAt);
        Assert.Equal(versions[0].Status == ModelStatus.Live ? ModelStatus.Retired : ModelStatus.Live, versions[1].Status);
        Assert.Equal(ModelRequester.Bootstrap, versions[1].RequestedBy);

        // The same request delivered again (at-least-once) is already fulfilled: no further training.
        var queue = app.Services.GetRequiredService<QueueSender>();
        await queue.SendAsync(StorageNames.ModelRetrainQueue, requested, default);
        await queue.SendAsync(StorageNames.ModelRetrainQueue, requested, default);
        var queueClient = app.Services.GetRequiredService<QueueServiceClient>().GetQueueClient(StorageNames.ModelRetrainQueue);
        await Eventually.TrueAsync(async () => (await queueClient.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0, "the repeated requests are handled");
        Assert.Equal(2, (await registry.VersionsAsync(default)).Count);
        Assert.Equal(job, await JobAsync(response.Headers.Location!.OriginalString, _ => true, "the job reads back"));
    }

    [Fact]
    public async Task A_request_queued_before_jobs_existed_still_trains_once()
    {
        var registry = app.Services.GetRequiredService<ModelRegistry>();
        var before = (await registry.VersionsAsync(default)).Count;
        var train = ActivatorUtilities.CreateInstance<TrainModel>(app.Services);
        var old = new ModelRetrainRequested(DateTimeOffset.UtcNow);

        await train.Run(old, default);
        await train.Run(old, default);

        var versions = await registry.VersionsAsync(default);
        Assert.Equal(before + 1, versions.Count);
        Assert.Null(versions[^1].RequestedBy);
        Assert.NotNull(versions[^1].Decision);
    }

    [Fact]
    public async Task The_nightly_timer_queues_a_retrain_request()
    {
        var nightly = ActivatorUtilities.CreateInstance<RetrainModelNightly>(app.Services);
        var before = DateTimeOffset.UtcNow;
        var registry = app.Services.GetRequiredService<ModelRegistry>();

        await nightly.Run(new Microsoft.Azure.Functions.Worker.TimerInfo(), default);

        await Eventually.TrueAsync(async () => (await registry.VersionsAsync(default)).Any(v => v.TrainedAt >= before), "the nightly retrain ran", seconds: 120);
        Assert.Equal(ModelRequester.Nightly, (await registry.VersionsAsync(default)).Single(v => v.TrainedAt >= before).RequestedBy);
    }

    private async Task<RetrainJobView> JobAsync(string location, Func<RetrainJobView, bool> condition, string what)
    {
        RetrainJobView? job = null;
        await Eventually.TrueAsync(
            async () =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, location);
                request.Headers.Authorization = new("Bearer", ApiWorld.CoordinatorKey);
                job = await (await app.Client.SendAsync(request)).Content.ReadFromJsonAsync<RetrainJobView>();
                return job is not null && condition(job);
            },
            what,
            seconds: 120);
        return job!;
    }
}
