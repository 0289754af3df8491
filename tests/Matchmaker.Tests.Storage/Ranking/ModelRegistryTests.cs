using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Blobs;
using Matchmaker.Model.Bootstrap;
using Matchmaker.Model.Ranking;
using Matchmaker.Model.Skills;
using Matchmaker.Model.Training;
using Matchmaker.Platform.Storage;
using Matchmaker.Ranking;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Matchmaker.Tests.Storage.Ranking;

/// <summary>Each test has a storage account of its own: the registry's state is the subject.</summary>
public sealed class ModelRegistryTests : IAsyncLifetime
{
    private static readonly Lazy<TrainingResult> Trained = new(() =>
        BootstrapEvaluation.Run(Taxonomy.Default, new BootstrapGenerator(Taxonomy.Default, 3).Generate(60, 12), 3, DateTimeOffset.UnixEpoch));

    private string storage = null!;

    public async Task InitializeAsync() => storage = await SharedAzurite.NewAccountAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task On_first_start_a_bootstrap_model_goes_live_and_is_reported_with_its_baselines()
    {
        await using var app = await StandaloneApp.StartAsync(
            storage, "--Matchmaker:TrainBootstrapModel=true", $"--Matchmaker:CoordinatorKey={ApiWorld.CoordinatorKey}");
        await app.Services.GetServices<IHostedService>().OfType<ModelBootstrapper>().Single().Completion;

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/model");
        request.Headers.Authorization = new("Bearer", ApiWorld.CoordinatorKey);
        var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = (await response.Content.ReadFromJsonAsync<ModelReport>())!;
        Assert.Equal("v000001", report.Version);
        Assert.Equal(Matchmaker.Model.Matching.PairFeatures.Names, report.Features);
        Assert.All(report.Baselines.Values, baseline => Assert.True(report.Metrics.Ndcg5 > baseline.Ndcg5));
        var health = await app.Client.GetFromJsonAsync<JsonElement>("/api/health");
        Assert.Equal("v000001", health.GetProperty("model").GetString());
    }

    [Fact]
    public async Task A_worse_model_does_not_go_live_and_a_better_one_replaces_the_live_one_at_once()
    {
        var registry = await RegistryAsync(TimeProvider.System);
        var first = await registry.RegisterAsync(Trained.Value, null, default);
        Assert.True(await registry.ActivateIfNotWorseAsync(first, default));

        var worse = await registry.RegisterAsync(Trained.Value with { Test = new NdcgMetrics(0.1, 0.1, 0.1), Live = Trained.Value.Test }, first, default);
        Assert.False(await registry.ActivateIfNotWorseAsync(worse, default));
        Assert.Equal(first.RowKey, (await registry.ActiveAsync(default))!.RowKey);

        var better = await registry.RegisterAsync(Trained.Value with { Test = Trained.Value.Test with { Ndcg5 = 0.999 }, Live = Trained.Value.Test }, first, default);
        Assert.True(await registry.ActivateIfNotWorseAsync(better, default));
        var versions = await registry.VersionsAsync(default);
        Assert.Equal([better.RowKey], versions.Where(v => v.IsActive).Select(v => v.RowKey));
        Assert.Equal(3, versions.Count);
        Assert.Equal(first.RowKey, versions.Single(v => v.RowKey == better.RowKey).ComparedWith);
    }

    [Fact]
    public async Task A_model_measured_against_a_version_that_is_no_longer_live_does_not_go_live()
    {
        var registry = await RegistryAsync(TimeProvider.System);
        var first = await registry.RegisterAsync(Trained.Value, null, default);
        await registry.ActivateIfNotWorseAsync(first, default);
        var measuredAgainstFirst = await registry.RegisterAsync(Trained.Value with { Live = Trained.Value.Test }, first, default);
        var second = await registry.RegisterAsync(Trained.Value with { Live = Trained.Value.Test }, first, default);
        Assert.True(await registry.ActivateIfNotWorseAsync(second, default));

        Assert.False(await registry.ActivateIfNotWorseAsync(measuredAgainstFirst, default));
        var unmeasured = await registry.RegisterAsync(Trained.Value, null, default);
        Assert.False(await registry.ActivateIfNotWorseAsync(unmeasured, default));
        Assert.Equal(second.RowKey, (await registry.ActiveAsync(default))!.RowKey);
        var versions = (await registry.VersionsAsync(default)).ToDictionary(v => v.RowKey);
        Assert.Equal(
            [ModelStatus.Retired, ModelStatus.Refused, ModelStatus.Live, ModelStatus.Refused],
            new[] { first, measuredAgainstFirst, second, unmeasured }.Select(v => versions[v.RowKey].Status));
        Assert.Equal(
            $"Refused: {second.RowKey} went live while this one trained, so this one was measured against {first.RowKey} rather than the live version.",
            versions[measuredAgainstFirst.RowKey].Decision);
        Assert.StartsWith($"Refused: the live {second.RowKey} could not be measured", versions[unmeasured.RowKey].Decision, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_live_model_is_loaded_once_and_a_newly_activated_version_is_picked_up_without_a_restart()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UnixEpoch);
        var registry = await RegistryAsync(clock);
        using var live = new ActiveRankingModel(registry, clock);
        Assert.Null(await live.GetAsync(default));

        var first = await registry.RegisterAsync(Trained.Value, null, default);
        await registry.ActivateIfNotWorseAsync(first, default);
        clock.Advance(ActiveRankingModel.CheckEvery);
        var loaded = await live.GetAsync(default);
        Assert.Equal(first.RowKey, loaded!.Version.RowKey);
        Assert.Same(loaded, await live.GetAsync(default));

        var second = await registry.RegisterAsync(Trained.Value with { Live = Trained.Value.Test }, first, default);
        await registry.ActivateIfNotWorseAsync(second, default);
        Assert.Same(loaded, await live.GetAsync(default));
        clock.Advance(ActiveRankingModel.CheckEvery);
        Assert.Equal(second.RowKey, (await live.GetAsync(default))!.Version.RowKey);

        var scores = (await live.GetAsync(default))!.Model.Score([new float[Matchmaker.Model.Matching.PairFeatures.Count]]);
        Assert.Single(scores);
    }

    [Fact]
    public async Task While_no_model_is_live_every_call_asks_the_registry_so_the_first_model_is_used_at_once()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UnixEpoch);
        var registry = await RegistryAsync(clock);
        using var live = new ActiveRankingModel(registry, clock);
        Assert.Null(await live.GetAsync(default));

        var first = await registry.RegisterAsync(Trained.Value, null, default);
        await registry.ActivateIfNotWorseAsync(first, default);

        Assert.Equal(first.RowKey, (await live.GetAsync(default))!.Version.RowKey);
    }

    private async Task<ModelRegistry> RegistryAsync(TimeProvider clock)
    {
        var tables = new Azure.Data.Tables.TableServiceClient(storage);
        var blobs = new BlobServiceClient(storage);
        var initializer = new StorageInitializer(tables, new Azure.Storage.Queues.QueueServiceClient(storage), blobs, NullLogger<StorageInitializer>.Instance);
        await initializer.StartAsync(default);
        return new ModelRegistry(tables, blobs, clock);
    }
}
