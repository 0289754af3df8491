using System.Net.Mail;
using Azure.Data.Tables;
using Matchmaker.Demo;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Matchmaker.Tests.Storage.Demo;

/// <summary>Each test has a storage account of its own: seeding only happens into an empty store.</summary>
public sealed class DemoDataTests : IAsyncLifetime
{
    private string storage = null!;

    public async Task InitializeAsync() => storage = await SharedAzurite.NewAccountAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Start_up_seeds_an_empty_store_and_seeding_again_changes_nothing()
    {
        await using (var app = await StandaloneApp.StartAsync(storage, "--Matchmaker:SeedDemoData=true"))
        {
            await SeederOf(app).Completion;
        }

        var tables = new TableServiceClient(storage);
        var first = await SnapshotAsync(tables);
        Assert.Equal(DemoData.Coops.Count, first[StorageNames.CoopsTable].Count);
        Assert.Equal(DemoData.Needs.Count, first[StorageNames.NeedsTable].Count);
        Assert.Equal(DemoData.Newcomers.Count, first[StorageNames.ProfilesTable].Count);
        Assert.NotEmpty(first[StorageNames.SkillIndexTable]);

        await using (var app = await StandaloneApp.StartAsync(storage, "--Matchmaker:SeedDemoData=true"))
        {
            var seeder = SeederOf(app);
            await seeder.Completion;
            await seeder.SeedAsync(default);
        }

        Assert.Equal(first, await SnapshotAsync(tables));
    }

    [Fact]
    public async Task Nothing_is_seeded_when_the_setting_is_off()
    {
        await using (var app = await StandaloneApp.StartAsync(storage, "--Matchmaker:SeedDemoData=false"))
        {
            await SeederOf(app).Completion;
        }

        Assert.Empty((await SnapshotAsync(new TableServiceClient(storage)))[StorageNames.ProfilesTable]);
    }

    [Fact]
    public void Demo_people_and_coops_are_fictional_with_reserved_example_addresses()
    {
        var addresses = DemoData.Newcomers.Select(n => n.Profile.Email!).Concat(DemoData.Coops.Select(c => c.ContactEmail));

        Assert.All(addresses, address => Assert.Matches(@"\.?example\.(org|com)$", new MailAddress(address).Host));
        Assert.All(DemoData.Needs, need => Assert.Contains(DemoData.Coops, coop => coop.Id == need.CoopId));
    }

    private static DemoDataSeeder SeederOf(StandaloneApp app) =>
        app.Services.GetServices<IHostedService>().OfType<DemoDataSeeder>().Single();

    private static async Task<Dictionary<string, List<string>>> SnapshotAsync(TableServiceClient tables)
    {
        var snapshot = new Dictionary<string, List<string>>();
        foreach (var name in StorageNames.Tables)
        {
            var rows = new List<string>();
            await foreach (var row in tables.GetTableClient(name).QueryAsync<TableEntity>())
            {
                rows.Add(string.Join("|", row.OrderBy(p => p.Key, StringComparer.Ordinal)
                    .Where(p => p.Key is not ("Timestamp" or "odata.etag" or "CreatedAt" or "UpdatedAt"))
                    .Select(p => $"{p.Key}={p.Value}")));
            }

            snapshot[name] = [.. rows.Order(StringComparer.Ordinal)];
        }

        return snapshot;
    }
}
