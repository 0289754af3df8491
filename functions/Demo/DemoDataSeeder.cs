using System.Text.Json;
using Matchmaker.Coops;
using Matchmaker.Matching;
using Matchmaker.Needs;
using Matchmaker.Platform.Http;
using Matchmaker.Platform.Storage;
using Matchmaker.Profiles;
using Matchmaker.Profiles.SignIn;
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
    EmailIndex emailIndex,
    CoopStore coops,
    NeedStore needs,
    SkillIndexer index,
    RematchRequests rematch,
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
        var seeded = new List<NeedEntity>();

        // Only what is missing is written, so seeding again changes nothing (not even times).
        foreach (var coop in DemoData.Coops)
        {
            if (await coops.FindAsync(coop.Id, cancellationToken) is not null)
            {
                continue;
            }

            await coops.UpsertAsync(new CoopEntity
            {
                PartitionKey = coop.Id,
                Name = coop.Name,
                ContactEmail = coop.ContactEmail,
                City = coop.City,
                Country = "GB",
                About = coop.About,
                TeachesJson = JsonSerializer.Serialize(coop.Teaches, MatchmakerJson.Options),
                CreatedAt = now,
            }, cancellationToken);
        }

        foreach (var need in DemoData.Needs)
        {
            if (await needs.FindAsync(need.Id, cancellationToken) is null)
            {
                var entity = ToEntity(need, now);
                await needs.UpsertAsync(entity, cancellationToken);
                seeded.Add(entity);
            }
        }

        foreach (var (id, input) in DemoData.Newcomers)
        {
            if (await profiles.FindAsync(id, cancellationToken) is not null)
            {
                continue;
            }

            var profile = new ProfileEntity
            {
                PartitionKey = id,
                Status = ProfileStatus.Active,
                CreatedAt = now,
                UpdatedAt = now,
            };
            ProfileMapper.Apply(input, profile);
            await profiles.UpsertAsync(profile, cancellationToken);
            await emailIndex.AddAsync(profile.Email, id, cancellationToken);
            await index.IndexAsync(id, cancellationToken);
        }

        // Matched once the people are indexed: at once if a model is live, else when the first one goes live.
        foreach (var need in seeded)
        {
            await rematch.QueueAsync(need, cancellationToken);
        }
    }

    private static NeedEntity ToEntity(DemoNeed need, DateTimeOffset now)
    {
        var entity = new NeedEntity { PartitionKey = need.Id, CoopId = need.CoopId, CreatedAt = now, UpdatedAt = now, FreshSince = now };
        NeedMapper.Apply(need.ToInput(), entity);
        return entity;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded demo data: {Coops} co-ops, {Needs} needs, {Newcomers} newcomers")]
    private static partial void LogSeeded(ILogger logger, int coops, int needs, int newcomers);

    [LoggerMessage(Level = LogLevel.Error, Message = "Seeding demo data failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
