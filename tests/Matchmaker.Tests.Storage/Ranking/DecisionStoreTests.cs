using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Training;
using Matchmaker.Platform.Storage;
using Matchmaker.Profiles;
using Matchmaker.Ranking.Decisions;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Ranking;

public sealed class DecisionStoreTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    private DecisionStore Store => world.App.Services.GetRequiredService<DecisionStore>();

    [Fact]
    public async Task A_decision_is_kept_once_with_its_label_and_features_only_with_consent()
    {
        var (consenting, refusing, need) = (EntityId(), EntityId(), EntityId());

        await Store.RecordAsync(Decision(need, consenting, DecisionOutcome.Approved), consentsToTraining: true, default);
        await Store.RecordAsync(Decision(need, consenting, DecisionOutcome.BothAccepted), consentsToTraining: true, default);
        await Store.RecordAsync(Decision(need, consenting, DecisionOutcome.BothAccepted), consentsToTraining: true, default);
        await Store.RecordAsync(Decision(need, refusing, DecisionOutcome.Approved), consentsToTraining: false, default);

        var kept = (await Store.ForTrainingAsync(default)).Where(p => p.GroupKey == need).ToList();
        var pair = Assert.Single(kept);
        Assert.Equal(2, pair.Label);
        Assert.Equal(Features().Values, pair.Features);
        Assert.Empty(await Store.OfProfileAsync(refusing, default));
    }

    [Fact]
    public async Task A_decision_recorded_under_another_feature_set_is_not_used_for_training()
    {
        var (person, need) = (EntityId(), EntityId());
        await Store.RecordAsync(Decision(need, person, DecisionOutcome.Approved) with { Features = new Dictionary<string, float> { ["oldFeature"] = 1 } }, true, default);

        Assert.Single(await Store.OfProfileAsync(person, default));
        Assert.DoesNotContain(await Store.ForTrainingAsync(default), p => p.GroupKey == need);
    }

    [Fact]
    public async Task Decisions_are_exported_and_go_when_consent_to_training_is_withdrawn()
    {
        var profile = await world.CreateProfileAsync();
        await Store.RecordAsync(Decision(EntityId(), profile.Id, DecisionOutcome.WorkingTogether), true, default);

        var export = (await (await world.SendAsync(HttpMethod.Get, $"/api/profiles/{profile.Id}/export", profile.OwnerToken)).Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.Equal("WorkingTogether", export["decisions"]![0]!["outcome"]!.GetValue<string>());

        var withdrawn = TestProfiles.Valid() with { Consent = new ConsentInput(Matching: true, Introductions: true, Training: false) };
        var response = await world.SendAsync(HttpMethod.Put, $"/api/profiles/{profile.Id}", profile.OwnerToken, withdrawn);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await Store.OfProfileAsync(profile.Id, default));
    }

    [Fact]
    public async Task Erasing_a_profile_erases_its_decisions()
    {
        var profile = await world.CreateProfileAsync();
        await Store.RecordAsync(Decision(EntityId(), profile.Id, DecisionOutcome.Rejected), true, default);
        await Store.RecordAsync(Decision(EntityId(), profile.Id, DecisionOutcome.Approved), true, default);

        var response = await world.SendAsync(HttpMethod.Delete, $"/api/profiles/{profile.Id}", profile.OwnerToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var table = new TableServiceClient(world.StorageConnectionString).GetTableClient(StorageNames.DecisionsTable);
        Assert.Empty(await table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {profile.Id}")).ToListAsync());
    }

    private static DecisionRecord Decision(string need, string person, DecisionOutcome outcome) => new(need, person, outcome, Features(), "v000001");

    private static Dictionary<string, float> Features() =>
        PairFeatures.Names.Select((name, i) => (name, value: i / 20f)).ToDictionary(f => f.name, f => f.value);

    private static string EntityId() => Matchmaker.Platform.Common.EntityId.New();
}
