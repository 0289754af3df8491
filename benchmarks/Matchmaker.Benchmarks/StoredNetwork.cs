using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Matchmaker.Matching;
using Matchmaker.Model.Matching;
using Matchmaker.Model.Skills;
using Matchmaker.Needs;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Http;
using Matchmaker.Platform.Storage;
using Matchmaker.Ranking;
using Matchmaker.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Benchmarks;

/// <summary>
/// The app's services (<c>AddMatchmaker</c>) against a private Azurite holding a network of generated
/// people in the skill index, one open need, and the model the app trains first, registered and live.
/// Hosted services do not run; the tables, queues and container are created. Each person has the skill rows
/// <see cref="SkillIndexer"/> writes (<c>skill-{key}/{id}</c>, carrying the person's projection) but not its
/// tracking rows (<c>profile-{id}/{key}</c>): matching never reads those, and writing them takes one
/// transaction per person, which made the setup about ten times slower (7 minutes instead of 45 seconds).
/// </summary>
public sealed class StoredNetwork : IAsyncDisposable
{
    public const string NeedId = "benchmark-need";

    /// <summary>The need's common required skill: every person holds it.</summary>
    public const string CommonSkill = "linux";

    /// <summary>The need's rarer required skill: one person in <see cref="RareEvery"/> holds it.</summary>
    public const string RareSkill = "kubernetes";

    public const int RareEvery = 32;

    private const int MaxBatch = 100;

    private readonly AzuriteProcess azurite;
    private readonly ServiceProvider services;

    private StoredNetwork(AzuriteProcess azurite, ServiceProvider services, IReadOnlyList<PersonProjection> people, int indexRows)
    {
        this.azurite = azurite;
        this.services = services;
        People = people;
        IndexRows = indexRows;
    }

    public IServiceProvider Services => services;

    public IReadOnlyList<PersonProjection> People { get; }

    /// <summary>Skill rows written to the skill index.</summary>
    public int IndexRows { get; }

    public static async Task<StoredNetwork> CreateAsync(int profiles, int maxCandidates)
    {
        var azurite = await AzuriteProcess.StartAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [StorageAccount.SettingName] = azurite.ConnectionString,
                [$"{MatchingOptions.SectionName}:{nameof(MatchingOptions.MaxCandidates)}"] = $"{maxCandidates}",
            })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddMatchmaker(configuration)
            .BuildServiceProvider();
        try
        {
            var initializer = services.GetRequiredService<StorageInitializer>();
            await initializer.StartAsync(CancellationToken.None);
            await initializer.Ready.WaitAsync(TimeSpan.FromMinutes(1));

            await ActivateBootstrapModelAsync(services.GetRequiredService<ModelRegistry>());
            var people = GeneratePeople(profiles);
            var rows = await IndexAsync(services.GetRequiredService<TableServiceClient>().GetTableClient(StorageNames.SkillIndexTable), people);
            await services.GetRequiredService<NeedStore>().UpsertAsync(Need(), CancellationToken.None);
            return new StoredNetwork(azurite, services, people, rows);
        }
        catch
        {
            await services.DisposeAsync();
            await azurite.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await azurite.DisposeAsync();
    }

    /// <summary>The generated people, each also holding the common skill, and one in 32 the rare one.</summary>
    public static List<PersonProjection> GeneratePeople(int count) =>
        [.. BenchmarkData.People(count, seed: 20250601).Select((person, i) =>
        {
            var skills = person.Skills.Any(s => s.Key == CommonSkill)
                ? person.Skills
                : [.. person.Skills, new LeveledSkill(CommonSkill, (SkillLevel)(i % 4))];
            return person with { Skills = i % RareEvery == 0 ? [.. skills, new LeveledSkill(RareSkill, (SkillLevel)((i / RareEvery) % 4))] : skills };
        })];

    /// <summary>A hosting co-op's need: Linux (everyone) and Kubernetes (a few hundred) required, two nice to have.</summary>
    public static NeedEntity Need() => new()
    {
        PartitionKey = NeedId,
        CoopId = "benchmark-coop",
        Status = NeedStatus.Open,
        Version = 1,
        Title = "Platform engineer for a hosting co-op",
        Description = "Run our Kubernetes clusters and Linux servers for charities and housing co-ops; Ansible and Docker help.",
        RequiredSkillsJson = Json(new List<StoredSkill> { Skill("Linux", CommonSkill, "working"), Skill("Kubernetes", RareSkill, "advanced") }),
        NiceToHaveSkillsJson = Json(new List<StoredSkill> { Skill("Ansible", "ansible", "working"), Skill("Docker", "docker", "working") }),
        CanTeachJson = Json(new List<string> { "Terraform" }),
        DayRateMin = 200,
        DayRateMax = 300,
        DaysPerWeek = 3,
        DurationWeeks = 26,
        City = "Bristol",
        Country = "GB",
        Remote = "remote-ok",
        Openings = 1,
        CreatedAt = BenchmarkData.Now.AddDays(-3),
        UpdatedAt = BenchmarkData.Now.AddDays(-3),
    };

    // The registry path the app's bootstrapper takes: train on the shipped bootstrap set, register, make live.
    private static async Task ActivateBootstrapModelAsync(ModelRegistry registry)
    {
        var result = BenchmarkData.BootstrapTraining();
        var version = await registry.RegisterAsync(result, null, CancellationToken.None);
        if (!await registry.ActivateIfNotWorseAsync(version, CancellationToken.None))
        {
            throw new InvalidOperationException("The bootstrap model did not go live.");
        }
    }

    // The skill rows SkillIndexer writes, in transactions of 100 per partition, a few in flight at once.
    private static async Task<int> IndexAsync(TableClient table, IReadOnlyList<PersonProjection> people)
    {
        var rows = people.SelectMany(person =>
        {
            var projection = JsonSerializer.Serialize(person, MatchmakerJson.Options);
            return person.Skills.GroupBy(s => s.Key, StringComparer.Ordinal).Select(group => new SkillIndexEntity
            {
                PartitionKey = SkillIndexEntity.SkillPartition(SkillKey.For(group.Key)),
                RowKey = person.Id,
                Skill = group.Key,
                Level = FieldRules.Levels[(int)group.Max(s => s.Level)],
                Projection = projection,
            });
        }).ToList();
        var batches = rows.GroupBy(row => row.PartitionKey, StringComparer.Ordinal).SelectMany(partition => partition.Chunk(MaxBatch)).ToList();
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (batch, cancellationToken) =>
            await table.SubmitTransactionAsync(batch.Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row, ETag.All)), cancellationToken));
        return rows.Count;
    }

    private static StoredSkill Skill(string name, string id, string level) => new(name, id, id, level);

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, MatchmakerJson.Options);
}
