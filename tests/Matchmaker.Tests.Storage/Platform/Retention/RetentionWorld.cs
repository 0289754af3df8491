using Azure.Data.Tables;
using Matchmaker.Introductions;
using Matchmaker.Platform.Retention;
using Matchmaker.Platform.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Platform.Retention;

/// <summary>
/// A storage account of its own with every table, the app's registrations (default settings) on a clock the
/// test sets, without starting the app, so only the retention job runs; and the ages of a retention test's fixtures.
/// </summary>
public sealed class RetentionWorld : IAsyncDisposable
{
    /// <summary>When the job runs.</summary>
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 4, 31, 0, TimeSpan.Zero);

    /// <summary>Older than every default period, beside just past and just within the 90-day ones, and recent.</summary>
    public static readonly IReadOnlyDictionary<string, TimeSpan> Ages = new Dictionary<string, TimeSpan>(StringComparer.Ordinal)
    {
        // Two years of 365 days and a day: past the two-year periods whatever the leap days.
        ["2y"] = TimeSpan.FromDays(731),
        ["100d"] = TimeSpan.FromDays(100),
        ["89d"] = TimeSpan.FromDays(89),
        ["2d"] = TimeSpan.FromDays(2),
    };

    private readonly ServiceProvider services;

    private RetentionWorld(string connectionString)
    {
        ConnectionString = connectionString;
        Tables = new TableServiceClient(connectionString);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageAccount.SettingName] = connectionString })
            .Build();
        services = new ServiceCollection()
            .AddLogging()
            .AddMatchmaker(configuration)
            .AddSingleton<TimeProvider>(new ManualTimeProvider(Now))
            .BuildServiceProvider();
    }

    public string ConnectionString { get; }

    public TableServiceClient Tables { get; }

    public static async Task<RetentionWorld> CreateAsync()
    {
        var world = new RetentionWorld(await SharedAzurite.NewAccountAsync());
        foreach (var table in StorageNames.Tables)
        {
            await world.Tables.GetTableClient(table).CreateIfNotExistsAsync();
        }

        return world;
    }

    /// <summary>Runs the job; returns what it deleted by kind of record.</summary>
    public Task<IReadOnlyDictionary<string, int>> RunAsync() => services.GetRequiredService<RetentionSweep>().RunAsync(default);

    /// <summary>Runs the job as its daily timer does.</summary>
    public Task RunTimerAsync() => new PruneExpiredRecords(services.GetRequiredService<RetentionSweep>()).Run(new TimerInfo(), default);

    public Task AddAsync(string table, ITableEntity row) => Tables.GetTableClient(table).AddEntityAsync(row);

    /// <summary>Every row of the table, as <c>partition/row</c>, in order.</summary>
    public async Task<IReadOnlyList<string>> KeysAsync(string table)
    {
        var keys = new List<string>();
        await foreach (var row in Tables.GetTableClient(table).QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
        {
            keys.Add($"{row.PartitionKey}/{row.RowKey}");
        }

        return keys;
    }

    /// <summary>An introduction in the given state, with no emails or tokens yet.</summary>
    public async Task<string> AddIntroductionAsync(string status)
    {
        var id = IntroductionIds.Of(Guid.NewGuid().ToString("N"));
        await AddAsync(StorageNames.IntroductionsTable, new IntroductionEntity { PartitionKey = id, Status = status, ApprovedAt = Now.AddYears(-3), UpdatedAt = Now.AddYears(-3) });
        return id;
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
