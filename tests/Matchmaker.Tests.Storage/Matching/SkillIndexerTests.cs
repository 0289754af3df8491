using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Matchmaker.Matching;
using Matchmaker.Model.Skills;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;
using Matchmaker.Profiles;
using Microsoft.Extensions.Logging.Abstractions;

namespace Matchmaker.Tests.Storage.Matching;

[Collection(AzuriteTests.Name)]
public sealed class SkillIndexerTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private ProfileStore profiles = null!;
    private SkillIndexer indexer = null!;

    public async Task InitializeAsync()
    {
        var initializer = new StorageInitializer(azurite.Tables, azurite.Queues(), new BlobServiceClient(azurite.ConnectionString), NullLogger<StorageInitializer>.Instance);
        await initializer.StartAsync(CancellationToken.None);
        profiles = new ProfileStore(azurite.Tables);
        indexer = new SkillIndexer(profiles, new SkillIndexStore(azurite.Tables));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_active_profile_gets_one_row_per_normalised_skill_with_its_highest_level()
    {
        var id = EntityId.New();
        await profiles.UpsertAsync(TestProfiles.Entity(id, ProfileStatus.Active, TestProfiles.Valid(
            new SkillInput("WordPress", "working"), new SkillInput(" wordpress ", "expert"), new SkillInput("Linux", null))), default);

        await indexer.IndexAsync(id, default);

        var rows = await IndexRowsOfAsync(id);
        Assert.Equal(["linux|working", "wordpress|expert"], rows);
        Assert.Equal(2, (await TrackingRowsOfAsync(id)).Count);
    }

    [Fact]
    public async Task Indexing_the_same_profile_three_times_leaves_exactly_the_same_rows()
    {
        var id = EntityId.New();
        await profiles.UpsertAsync(TestProfiles.Entity(id, ProfileStatus.Active, TestProfiles.Valid()), default);

        await indexer.IndexAsync(id, default);
        var first = await AllRowsAsync(id);
        await Task.WhenAll(indexer.IndexAsync(id, default), indexer.IndexAsync(id, default));

        Assert.Equal(first, await AllRowsAsync(id));
        Assert.Equal(4, first.Count);
    }

    [Fact]
    public async Task A_changed_profile_loses_the_rows_of_skills_it_no_longer_has()
    {
        var id = EntityId.New();
        await profiles.UpsertAsync(TestProfiles.Entity(id, ProfileStatus.Active, TestProfiles.Valid(new SkillInput("Linux", "expert"), new SkillInput("PHP", "working"))), default);
        await indexer.IndexAsync(id, default);

        await profiles.UpsertAsync(TestProfiles.Entity(id, ProfileStatus.Active, TestProfiles.Valid(new SkillInput("Debian", "working"), new SkillInput("PHP", "advanced"))), default);
        await indexer.IndexAsync(id, default);

        Assert.Equal(["debian|working", "php|advanced"], await IndexRowsOfAsync(id));
        Assert.Empty(await RowsInPartitionAsync(SkillIndexEntity.SkillPartition(SkillKey.For("linux")), id));
        Assert.Equal(2, (await TrackingRowsOfAsync(id)).Count);
    }

    [Theory]
    [InlineData(ProfileStatus.PendingConfirmation, true)]
    [InlineData(ProfileStatus.Active, false)]
    public async Task Unconfirmed_or_non_consenting_profiles_are_not_indexed(string status, bool consents)
    {
        var id = EntityId.New();
        var input = TestProfiles.Valid() with { Consent = new ConsentInput(Matching: consents) };
        await profiles.UpsertAsync(TestProfiles.Entity(id, status, input), default);

        await indexer.IndexAsync(id, default);

        Assert.Empty(await AllRowsAsync(id));
    }

    [Fact]
    public async Task An_erased_profile_has_its_rows_removed()
    {
        var id = EntityId.New();
        await profiles.UpsertAsync(TestProfiles.Entity(id, ProfileStatus.Active, TestProfiles.Valid()), default);
        await indexer.IndexAsync(id, default);

        await profiles.DeleteAsync(id, default);
        await indexer.IndexAsync(id, default);
        await indexer.IndexAsync(id, default);

        Assert.Empty(await AllRowsAsync(id));
    }

    private async Task<List<string>> IndexRowsOfAsync(string profileId)
    {
        var rows = new List<string>();
        foreach (var tracking in await TrackingRowsOfAsync(profileId))
        {
            rows.AddRange((await RowsInPartitionAsync(SkillIndexEntity.SkillPartition(tracking.RowKey), profileId)).Select(r => $"{r.Skill}|{r.Level}"));
        }

        return [.. rows.Order(StringComparer.Ordinal)];
    }

    private async Task<List<string>> AllRowsAsync(string profileId)
    {
        var rows = new List<string>();
        foreach (var tracking in await TrackingRowsOfAsync(profileId))
        {
            rows.Add($"{tracking.PartitionKey}/{tracking.RowKey}/{tracking.Skill}/{tracking.Level}");
            rows.AddRange((await RowsInPartitionAsync(SkillIndexEntity.SkillPartition(tracking.RowKey), profileId)).Select(r => $"{r.PartitionKey}/{r.RowKey}/{r.Skill}/{r.Level}"));
        }

        // Index rows without a tracking row would be invisible above, so look for them directly too.
        var table = azurite.Tables.GetTableClient(StorageNames.SkillIndexTable);
        await foreach (var row in table.QueryAsync<SkillIndexEntity>(TableClient.CreateQueryFilter($"RowKey eq {profileId}")))
        {
            var text = $"{row.PartitionKey}/{row.RowKey}/{row.Skill}/{row.Level}";
            if (!rows.Contains(text))
            {
                rows.Add(text);
            }
        }

        return [.. rows.Order(StringComparer.Ordinal)];
    }

    private Task<List<SkillIndexEntity>> TrackingRowsOfAsync(string profileId) =>
        RowsInPartitionAsync(SkillIndexEntity.ProfilePartition(profileId), rowKey: null);

    private async Task<List<SkillIndexEntity>> RowsInPartitionAsync(string partition, string? rowKey)
    {
        var table = azurite.Tables.GetTableClient(StorageNames.SkillIndexTable);
        var filter = rowKey is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey eq {rowKey}");
        var rows = new List<SkillIndexEntity>();
        await foreach (var row in table.QueryAsync<SkillIndexEntity>(filter))
        {
            rows.Add(row);
        }

        return rows;
    }
}
