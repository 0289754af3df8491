using Matchmaker.Coops;
using Matchmaker.Matching;
using Matchmaker.Needs;
using Matchmaker.Profiles;
using Matchmaker.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matchmaker.Demo;

/// <summary>
/// Seeds <see cref="DemoData"/> once storage is ready, if <c>Matchmaker:SeedDemoData</c> is on and no
/// profile exists yet. Ids are fixed, so two instances seeding at once write the same rows.
/// </summary>
public sealed partial class DemoDataSeeder(
    StorageInitializer storage,
    ProfileStore profiles,
    CoopStore coops,
    NeedStore needs,
    SkillIndexer index,
    IOptions<MatchmakerOptions> options,
    IHostEnvironment environment,
    TimeProvider time,
    ILogger<DemoDataSeeder> logger) : BackgroundService
{
    public bool Enabled => options.Value.SeedDemoData ?? environment.IsDevelopment();

    /// <summary>Completes when seeding has finished or was not needed.</summary>
    public Task Completion => completion.Task;

    private readonly TaskCompletionSource completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (Enabled)
            {
                await storage.Ready.WaitAsync(stoppingToken);
                if (!await profiles.AnyAsync(stoppingToken))
                {
                    await SeedAsync(stoppingToken);
                    LogSeeded(logger, DemoData.Coops.Count, DemoData.Needs.Count, DemoData.Newcomers.Count);
                }
            }

            completion.TrySetResult();
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            LogFailed(logger, exception);
            completion.TrySetException(exception);
        }
    }

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var coop in DemoData.Coops)
        {
            await coops.UpsertAsync(new CoopEntity
            {
                PartitionKey = coop.Id,
                Name = coop.Name,
                ContactEmail = coop.ContactEmail,
                City = coop.City,
                Country = "GB",
                CreatedAt = now,
            }, cancellationToken);
        }

        foreach (var need in DemoData.Needs)
        {
            await needs.UpsertAsync(ToEntity(need, now), cancellationToken);
        }

        foreach (var (id, input) in DemoData.Newcomers)
        {
            var profile = new ProfileEntity
            {
                PartitionKey = id,
                Status = ProfileStatus.Active,
                CreatedAt = now,
                UpdatedAt = now,
            };
            ProfileMapper.Apply(input, profile);
            await profiles.UpsertAsync(profile, cancellationToken);
            await index.IndexAsync(id, cancellationToken);
        }
    }

    private static NeedEntity ToEntity(DemoNeed need, DateTimeOffset now)
    {
        var entity = new NeedEntity { PartitionKey = need.Id, CoopId = need.CoopId, CreatedAt = now, UpdatedAt = now };
        NeedMapper.Apply(need.ToInput(), entity);
        return entity;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded demo data: {Coops} co-ops, {Needs} needs, {Newcomers} newcomers")]
    private static partial void LogSeeded(ILogger logger, int coops, int needs, int newcomers);

    [LoggerMessage(Level = LogLevel.Error, Message = "Seeding demo data failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
