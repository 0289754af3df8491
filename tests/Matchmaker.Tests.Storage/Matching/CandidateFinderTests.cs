using System.Text.Json;
using Azure.Data.Tables;
using Matchmaker.Matching;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Http;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Matchmaker.Tests.Storage.Matching;

[Collection(AzuriteTests.Name)]
public sealed class CandidateFinderTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Someone_with_a_rare_and_a_common_required_skill_is_found_even_when_the_common_skill_is_cut_at_the_bound()
    {
        await new StorageInitializer(azurite.Tables, azurite.Queues(), new Azure.Storage.Blobs.BlobServiceClient(azurite.ConnectionString), NullLogger<StorageInitializer>.Instance).StartAsync(default);
        var (common, rare) = (MatchKey.FreeText($"common {EntityId.New()[..8]}"), MatchKey.FreeText($"rare {EntityId.New()[..8]}"));
        var store = new SkillIndexStore(azurite.Tables);
        var commonOnly = Enumerable.Range(0, 6).Select(i => Person($"a{i}-{EntityId.New()[..8]}", common)).ToList();
        var both = Person($"z-{EntityId.New()[..8]}", common, rare);
        await store.SubmitAsync([.. commonOnly.Append(both).Select(p => Row(common, p))], TableTransactionActionType.UpsertReplace, default);
        await store.SubmitAsync([Row(rare, both)], TableTransactionActionType.UpsertReplace, default);
        var finder = new CandidateFinder(store, Taxonomy.Default, Options.Create(new MatchingOptions { MaxCandidates = 3 }));
        var need = new NeedProjection("need", "coop", [new(common, SkillLevel.Working), new(rare, SkillLevel.Working)], [], [], 200, 200, 2, null, 1, "Leeds", "GB", RemotePreference.RemoteOk, [], DateTimeOffset.UnixEpoch);

        var found = await finder.FindAsync(need, default);

        Assert.Equal(3, found.Count);
        Assert.Equal(both.Id, found[0].Id);
    }

    [Fact]
    public async Task Needs_share_a_skill_held_by_more_people_than_the_bound_without_all_finding_the_lowest_ids()
    {
        await new StorageInitializer(azurite.Tables, azurite.Queues(), new Azure.Storage.Blobs.BlobServiceClient(azurite.ConnectionString), NullLogger<StorageInitializer>.Instance).StartAsync(default);
        var skill = MatchKey.FreeText($"common {EntityId.New()[..8]}");
        var store = new SkillIndexStore(azurite.Tables);
        var people = Enumerable.Range(0, 12).Select(_ => Person(EntityId.New(), skill)).ToList();
        await store.SubmitAsync([.. people.Select(p => Row(skill, p))], TableTransactionActionType.UpsertReplace, default);
        var finder = new CandidateFinder(store, Taxonomy.Default, Options.Create(new MatchingOptions { MaxCandidates = 3 }));
        var needs = Enumerable.Range(0, 8)
            .Select(i => new NeedProjection($"need-{i}", "coop", [new(skill, SkillLevel.Working)], [], [], 200, 200, 2, null, 1, "Leeds", "GB", RemotePreference.RemoteOk, [], DateTimeOffset.UnixEpoch))
            .ToList();

        var found = new List<IReadOnlyList<PersonProjection>>();
        foreach (var need in needs)
        {
            found.Add(await finder.FindAsync(need, default));
        }

        Assert.All(found, candidates => Assert.Equal(3, candidates.Count));
        Assert.True(found.SelectMany(c => c).Select(p => p.Id).Distinct().Count() > 3, "different needs read different people");
        // Each need reads the people from its own start on, wrapping round, and always the same ones.
        for (var i = 0; i < needs.Count; i++)
        {
            var start = CandidateFinder.StartOf(needs[i].Id);
            var expected = people.Select(p => p.Id).OrderBy(id => string.CompareOrdinal(id, start) >= 0 ? 0 : 1).ThenBy(id => id, StringComparer.Ordinal).Take(3);
            Assert.Equal(expected, found[i].Select(p => p.Id));
            Assert.Equal(expected, (await finder.FindAsync(needs[i], default)).Select(p => p.Id));
        }
    }

    private static PersonProjection Person(string id, params string[] keys) =>
        new(id, [.. keys.Select(k => new LeveledSkill(k, SkillLevel.Advanced))], 3, null, "Leeds", "GB", RemotePreference.RemoteOk, [], [], [], DateTimeOffset.UnixEpoch);

    private static SkillIndexEntity Row(string key, PersonProjection person) => new()
    {
        PartitionKey = SkillIndexEntity.SkillPartition(SkillKey.For(key)),
        RowKey = person.Id,
        Skill = key,
        Level = "advanced",
        Projection = JsonSerializer.Serialize(person, MatchmakerJson.Options),
    };
}
