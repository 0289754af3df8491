using System.Net;
using System.Net.Http.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Matchmaker.Email.Outbox;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;
using Matchmaker.Profiles;
using Matchmaker.Profiles.AccountEmails;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Profiles;

/// <summary>The day's email budget for the whole app, here 2, under a clock the test moves.</summary>
public sealed class DailyEmailBudgetTests(DailyEmailBudgetTests.World world) : IClassFixture<DailyEmailBudgetTests.World>
{
    [Fact]
    public async Task Past_the_days_budget_a_sign_up_is_kept_its_email_waits_for_the_next_day_and_is_then_sent_once()
    {
        var emails = Enumerable.Range(0, 3).Select(_ => $"{EntityId.New()}@example.org").ToList();

        var created = new List<ProfileCreated>();
        foreach (var email in emails)
        {
            var answer = await world.App.Client.PostAsJsonAsync("/api/profiles", TestProfiles.Valid() with { Email = email });
            Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
            created.Add((await answer.Content.ReadFromJsonAsync<ProfileCreated>())!);
        }

        Assert.Equal([1, 1, 0], emails.Select(e => world.App.Outbox.To(e).Count));
        var waiting = await OutboxRowOfAsync(created[2].Id);
        Assert.Equal(OutboxStatus.Pending, waiting.Status);

        // The queued copy comes (a second later, in this world), finds the budget still spent and puts itself
        // back for the next day, rather than failing into the poison queue.
        await Eventually.TrueAsync(
            () => Task.FromResult(world.Logs.Messages.Count(m => m.Contains(waiting.RowKey, StringComparison.Ordinal) && m.Contains("budget", StringComparison.Ordinal)) >= 2),
            "the queued copy met the spent budget too");
        var queue = new QueueClient(world.StorageConnectionString, StorageNames.AccountEmailsQueue);
        var poison = new QueueClient(world.StorageConnectionString, StorageNames.PoisonQueueOf(StorageNames.AccountEmailsQueue));
        await Eventually.TrueAsync(async () => (await queue.PeekMessagesAsync(32)).Value.Length == 0, "no copy is left to come today");
        Assert.True((await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount >= 1, "A copy waits, unseen, for the next day.");
        Assert.Empty(world.App.Outbox.To(emails[2]));
        Assert.False(await poison.ExistsAsync() && (await poison.GetPropertiesAsync()).Value.ApproximateMessagesCount > 0);

        // The next day the waiting copy is delivered (here: handed to the handler, as the queue would): sent once.
        world.Clock.Advance(TimeSpan.FromDays(1));
        var profile = (await world.App.Services.GetRequiredService<ProfileStore>().FindAsync(created[2].Id, default))!;
        var copy = new AccountEmailMessage(profile.Id, AccountEmailKind.Confirmation, waiting.RowKey, profile.AddressStamp);
        var sender = world.App.Services.GetRequiredService<AccountEmailSender>();
        await sender.SendAsync(copy, default);
        await sender.SendAsync(copy, default);

        Assert.Single(world.App.Outbox.To(emails[2]));
        Assert.Equal(OutboxStatus.Sent, (await OutboxRowOfAsync(created[2].Id)).Status);
        var code = world.App.Outbox.LatestCode(emails[2]);
        var confirmed = await world.SendAsync(HttpMethod.Post, $"/api/profiles/{created[2].Id}/confirm", null, new ConfirmInput(code));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
    }

    private async Task<OutboxEntity> OutboxRowOfAsync(string profileId)
    {
        var table = new TableClient(world.StorageConnectionString, StorageNames.OutboxTable);
        var partition = AccountEmailSender.OutboxPartitionOf(profileId);
        var rows = new List<OutboxEntity>();
        await foreach (var row in table.QueryAsync<OutboxEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}")))
        {
            rows.Add(row);
        }

        return Assert.Single(rows);
    }

    /// <summary>An app that may send two emails a day, whose queued copies of account emails come after a second.</summary>
    public sealed class World : ApiWorld
    {
        public ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));

        public CapturedLogs Logs { get; } = new();

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            App.Services.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>().AddProvider(Logs);
        }

        protected override IEnumerable<string> Settings =>
            [.. base.Settings, "--Matchmaker:Limits:EmailsPerDay=2", "--Matchmaker:AccountEmails:RetryDelay=00:00:01"];

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }
}
