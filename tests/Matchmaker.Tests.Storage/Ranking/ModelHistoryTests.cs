using System.Net;
using System.Net.Http.Json;
using Azure.Data.Tables;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Model.Bootstrap;
using Matchmaker.Model.Ranking;
using Matchmaker.Model.Skills;
using Matchmaker.Model.Training;
using Matchmaker.Platform.Common;
using Matchmaker.Ranking;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Ranking;

/// <summary>
/// The model's history, retrain jobs and the suggestions' fit, through the API. Versions are registered
/// straight into this world's registry (its training function is off), from one small training run.
/// </summary>
public sealed class ModelHistoryTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    private static readonly Lazy<TrainingResult> Trained = new(() =>
        BootstrapEvaluation.Run(Taxonomy.Default, new BootstrapGenerator(Taxonomy.Default, 3).Generate(60, 12), 3, DateTimeOffset.UnixEpoch));

    private static readonly SemaphoreSlim RegistryGate = new(1, 1);

    private static (ModelVersionEntity First, ModelVersionEntity Worse, ModelVersionEntity Better)? registered;

    private ModelRegistry Registry => world.App.Services.GetRequiredService<ModelRegistry>();

    [Fact]
    public async Task A_refused_version_is_listed_as_refused_with_why_and_one_that_goes_live_retires_the_live_one()
    {
        var (first, worse, better) = await RegisterThreeAsync();

        var response = await world.SendAsync(HttpMethod.Get, "/api/model/versions", ApiWorld.CoordinatorKey);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await response.Content.ReadFromJsonAsync<ModelVersionList>())!.Items;
        Assert.Equal(items.OrderByDescending(v => v.Version, StringComparer.Ordinal).Select(v => v.Version), items.Select(v => v.Version));
        var listed = items.ToDictionary(v => v.Version);
        Assert.Equal(
            [(first.RowKey, ModelStatus.Retired), (worse.RowKey, ModelStatus.Refused), (better.RowKey, ModelStatus.Live)],
            new[] { first, worse, better }.Select(v => (v.RowKey, listed[v.RowKey].Status)));
        Assert.Equal($"Refused: NDCG@5 0.100 fell short of the live {first.RowKey}'s {Trained.Value.Test.Ndcg5:0.000} on the same {Trained.Value.TestGroups} held-out needs.", listed[worse.RowKey].Decision);
        Assert.Equal($"NDCG@5 0.999 beat the live {first.RowKey}'s {Trained.Value.Test.Ndcg5:0.000} on the same {Trained.Value.TestGroups} held-out needs.", listed[better.RowKey].Decision);
        Assert.StartsWith("Went live as the first model", listed[first.RowKey].Decision, StringComparison.Ordinal);
        Assert.Null(listed[worse.RowKey].WentLiveAt);
        Assert.NotNull(listed[first.RowKey].WentLiveAt);
        Assert.Equal(listed[better.RowKey].WentLiveAt, listed[first.RowKey].RetiredAt);
        Assert.Null(listed[better.RowKey].RetiredAt);
        Assert.Equal((ModelRequester.Coordinator, first.RowKey, Trained.Value.Test.Ndcg5), (listed[better.RowKey].RequestedBy, listed[better.RowKey].ComparedWith, listed[better.RowKey].ComparedWithNdcg5));
        Assert.Equal(Trained.Value.TrainingRows, listed[better.RowKey].TrainingRows);
        Assert.Equal(Trained.Value.Baselines.Keys.Order(), listed[better.RowKey].Baselines.Keys.Order());
        Assert.Equal(better.RowKey, (await Registry.ActiveAsync(default))!.RowKey);
    }

    [Fact]
    public async Task A_retrain_answers_its_job_and_where_to_follow_it_and_the_job_reads_back_queued()
    {
        var before = DateTimeOffset.UtcNow;

        var response = await world.SendAsync(HttpMethod.Post, "/api/model/retrain", ApiWorld.CoordinatorKey);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var requested = (await response.Content.ReadFromJsonAsync<ModelRetrainRequested>())!;
        Assert.True(EntityId.IsValid(requested.JobId));
        Assert.Equal(ModelRequester.Coordinator, requested.RequestedBy);
        Assert.True(requested.RequestedAt >= before.AddSeconds(-1));
        Assert.Equal($"/api/model/retrain/{requested.JobId}", response.Headers.Location?.OriginalString);
        var job = await world.SendAsync(HttpMethod.Get, response.Headers.Location!.OriginalString, ApiWorld.CoordinatorKey);
        Assert.Equal(HttpStatusCode.OK, job.StatusCode);
        Assert.Equal(
            new RetrainJobView(requested.JobId!, RetrainJobState.Queued, ModelRequester.Coordinator, requested.RequestedAt, null, null, null, null),
            await job.Content.ReadFromJsonAsync<RetrainJobView>());
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("NOT%20AN%20ID")]
    public async Task An_unknown_retrain_job_answers_404(string jobId)
    {
        var response = await world.SendAsync(HttpMethod.Get, $"/api/model/retrain/{jobId}", ApiWorld.CoordinatorKey);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_suggestion_reads_its_fit_on_the_scale_of_the_version_that_scored_it_beside_its_raw_score()
    {
        var (first, _, better) = await RegisterThreeAsync();
        var quantiles = Trained.Value.FitQuantiles;
        Assert.Equal(FitScale.Points, quantiles.Count);
        var need = EntityId.New();
        var (high, middle, unscaled) = (EntityId.New(), EntityId.New(), EntityId.New());
        await new SuggestionStore(new TableServiceClient(world.StorageConnectionString)).WriteNeedAsync(
            [Suggestion(need, high, quantiles[90], better.RowKey), Suggestion(need, middle, quantiles[50], first.RowKey), Suggestion(need, unscaled, 0.5, "v999999")], [], [], default);

        var response = await world.SendAsync(HttpMethod.Get, $"/api/suggestions?needId={need}", ApiWorld.CoordinatorKey);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await response.Content.ReadFromJsonAsync<ResultPage<SuggestionView>>())!.Items.ToDictionary(s => s.ProfileId);
        Assert.Equal((90, quantiles[90]), (items[high].Fit, items[high].Score));
        Assert.Equal(50, items[middle].Fit);
        Assert.Null(items[unscaled].Fit);
        Assert.Equal(0.5, items[unscaled].Score);
    }

    /// <summary>A first version live, a worse one refused, a better one live; once per world (the tests share its registry).</summary>
    private async Task<(ModelVersionEntity First, ModelVersionEntity Worse, ModelVersionEntity Better)> RegisterThreeAsync()
    {
        await RegistryGate.WaitAsync();
        try
        {
            if (registered is { } done)
            {
                return done;
            }

            var first = await Registry.RegisterAsync(Trained.Value, null, default, ModelRequester.Bootstrap);
            Assert.True(await Registry.ActivateIfNotWorseAsync(first, default));
            var worse = await Registry.RegisterAsync(Trained.Value with { Test = new NdcgMetrics(0.1, 0.1, 0.1), Live = Trained.Value.Test }, first, default, ModelRequester.Nightly);
            Assert.False(await Registry.ActivateIfNotWorseAsync(worse, default));
            var better = await Registry.RegisterAsync(Trained.Value with { Test = Trained.Value.Test with { Ndcg5 = 0.999 }, Live = Trained.Value.Test }, first, default, ModelRequester.Coordinator);
            Assert.True(await Registry.ActivateIfNotWorseAsync(better, default));
            registered = (first, worse, better);
            return (first, worse, better);
        }
        finally
        {
            RegistryGate.Release();
        }
    }


    private static SuggestionEntity Suggestion(string needId, string profileId, double score, string version) => new()
    {
        PartitionKey = SuggestionEntity.NeedPartition(needId),
        RowKey = profileId,
        NeedId = needId,
        ProfileId = profileId,
        Status = SuggestionStatus.Pending,
        Score = score,
        Rank = 1,
        ModelVersion = version,
        SuggestedAt = DateTimeOffset.UtcNow,
    };
}
