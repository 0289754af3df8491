using System.Text;
using Azure.Storage.Queues;
using Matchmaker.Email.Outbox;
using Matchmaker.Platform.Credentials;
using Matchmaker.Platform.Limits;
using Matchmaker.Platform.Storage;
using Matchmaker.Platform.Telemetry;
using Matchmaker.Profiles;
using Matchmaker.Profiles.AccountEmails;
using Matchmaker.Profiles.SignIn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Matchmaker.Tests.Storage.Profiles;

[Collection(AzuriteTests.Name)]
public sealed class ProfileServiceTests(AzuriteFixture azurite) : IAsyncLifetime
{
    public async Task InitializeAsync() =>
        await new StorageInitializer(azurite.Tables, azurite.Queues(), new Azure.Storage.Blobs.BlobServiceClient(azurite.ConnectionString), NullLogger<StorageInitializer>.Instance)
            .StartAsync(CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;

    private readonly string outbox = Path.Combine(Path.GetTempPath(), $"outbox-{Guid.NewGuid():N}");

    private ProfileService Service(Azure.Data.Tables.TableServiceClient tables) => Service(tables, tables, QueueSender());

    /// <param name="consentTables">The tables the consent log writes to; the rest go to <paramref name="tables"/>.</param>
    private ProfileService Service(Azure.Data.Tables.TableServiceClient tables, Azure.Data.Tables.TableServiceClient consentTables, QueueSender queue)
    {
        var credentials = new CredentialStore(tables, TimeProvider.System);
        var confirmation = new ProfileConfirmation(credentials, TimeProvider.System);
        return new(
            new ProfileStore(tables), credentials, confirmation, AccountEmails(tables, credentials, confirmation, queue), new Matchmaker.Profiles.Consents.ConsentLog(consentTables),
            Index(), Limits(), [], queue, TimeProvider.System);
    }

    private QueueSender QueueSender() => new(azurite.Queues(QueueMessageEncoding.Base64));

    // Confirmation emails through the outbox into an eml folder, with the day's email budget off.
    private AccountEmailSender AccountEmails(Azure.Data.Tables.TableServiceClient tables, CredentialStore credentials, ProfileConfirmation confirmation, QueueSender queue)
    {
        var email = EmailServices.Build(new Dictionary<string, string?> { ["Matchmaker:Email:EmlFolder"] = outbox });
        var suppressions = new Matchmaker.Email.Unsubscribe.SuppressionList(tables, Hasher(), TimeProvider.System, NullLogger<Matchmaker.Email.Unsubscribe.SuppressionList>.Instance);
        var budget = new DailyEmailBudget(new LimitCounter(tables, TimeProvider.System), Options.Create(new LimitOptions { EmailsPerDay = 0 }), TimeProvider.System);
        var metrics = new MatchmakerMetrics(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        var guard = new Matchmaker.Email.Keys.EmailKeyGuard(Key(), TimeProvider.System, NullLogger<Matchmaker.Email.Keys.EmailKeyGuard>.Instance);
        var emailOutbox = new EmailOutbox(tables, email.GetRequiredService<EmailDelivery>(), suppressions, guard, budget, metrics, TimeProvider.System, NullLogger<EmailOutbox>.Instance);
        return new AccountEmailSender(
            new ProfileStore(tables), confirmation, new SignInCodes(credentials, Options.Create(new SignInOptions())), TestTemplates.Confirmation(), TestTemplates.SignIn(),
            emailOutbox, queue, Options.Create(new MatchmakerOptions()), Options.Create(new AccountEmailOptions()), NullLogger<AccountEmailSender>.Instance);
    }

    private Matchmaker.Email.Unsubscribe.AddressHasher Hasher() => new(Key());

    private Matchmaker.Email.Unsubscribe.SuppressionKey Key() =>
        new(Options.Create(new Matchmaker.Email.EmailOptions { SuppressionKey = StandaloneApp.SuppressionKey }), new Azure.Storage.Blobs.BlobServiceClient(azurite.ConnectionString));

    private Matchmaker.Profiles.SignIn.EmailIndex Index() => new(azurite.Tables, Hasher());

    // The hourly limits off (0): these tests are about what a save stores, not how often it may email.
    private Matchmaker.Profiles.Limits.EmailRequestLimits Limits() =>
        new(new LimitCounter(azurite.Tables, TimeProvider.System), Hasher(),
            Options.Create(new LimitOptions { SignUpsPerCallerPerHour = 0, EmailsPerAddressPerHour = 0 }));

    [Fact]
    public async Task Saving_a_profile_enqueues_its_id_and_version_and_nothing_personal()
    {
        var service = Service(azurite.Tables);

        var created = await service.CreateAsync(TestProfiles.Valid(), default);

        var messages = (await azurite.Queues().GetQueueClient(StorageNames.ProfileUpdatesQueue).PeekMessagesAsync(32)).Value
            .Select(m => Encoding.UTF8.GetString(Convert.FromBase64String(m.MessageText)))
            .ToList();
        Assert.Contains($$"""{"id":"{{created.Id}}","version":1}""", messages);
        Assert.DoesNotContain(messages, m => m.Contains("example.org", StringComparison.Ordinal) || m.Contains("Sam", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_profile_is_not_kept_when_its_message_cannot_be_queued()
    {
        var store = new ProfileStore(azurite.Tables);
        var brokenQueues = new QueueServiceClient(new Uri("http://127.0.0.1:1/devstoreaccount1"), new QueueClientOptions { Retry = { MaxRetries = 0 } });
        var service = Service(azurite.Tables, azurite.Tables, new QueueSender(brokenQueues));
        var before = await CountAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => service.CreateAsync(TestProfiles.Valid(), default));

        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Nothing_of_a_new_profile_is_kept_when_its_consents_cannot_be_logged_beside_its_token_and_address_index()
    {
        var brokenTables = new Azure.Data.Tables.TableServiceClient(
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=AAAA;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;",
            new Azure.Data.Tables.TableClientOptions { Retry = { MaxRetries = 0 } });
        var service = Service(azurite.Tables, brokenTables, QueueSender());
        string[] tables = [StorageNames.ProfilesTable, StorageNames.CredentialsTable, StorageNames.EmailIndexTable, StorageNames.ConsentsTable];
        var before = await Task.WhenAll(tables.Select(CountAsync));

        await Assert.ThrowsAnyAsync<Exception>(() => service.CreateAsync(TestProfiles.Valid() with { Email = $"{Guid.NewGuid():N}@example.org" }, default));

        Assert.Equal(before, await Task.WhenAll(tables.Select(CountAsync)));
    }

    [Fact]
    public async Task An_owners_save_and_a_confirmation_whose_answers_were_lost_succeed_on_the_sdks_retry_instead_of_meeting_their_own_write()
    {
        var healthy = Service(azurite.Tables);
        var email = $"{Guid.NewGuid():N}@example.org";
        var created = await healthy.CreateAsync(TestProfiles.Valid() with { Email = email }, default);
        var code = new Outbox(outbox).LatestCode(email);

        var (confirmed, token) = await Service(Lossy()).ConfirmAsync(created.Id, code, default);
        var saved = await Service(Lossy()).UpdateAsync(created.Id, TestProfiles.Valid() with { Email = email, Name = "Sam Renamed" }, null, default);

        Assert.Equal(ConfirmOutcome.Confirmed, confirmed);
        Assert.NotNull(token);
        Assert.Equal(Matchmaker.Platform.Common.SaveOutcome.Saved, saved.Outcome);
        Assert.Equal("Sam Renamed", (await new ProfileStore(azurite.Tables).FindAsync(created.Id, default))!.Name);
    }

    // A table client whose first replace reaches storage and is done there, but whose answer is lost, so the
    // SDK sends it again.
    private Azure.Data.Tables.TableServiceClient Lossy()
    {
        var options = new Azure.Data.Tables.TableClientOptions { Retry = { MaxRetries = 2, Delay = TimeSpan.FromMilliseconds(10) } };
        options.AddPolicy(new Email.LoseFirstAnswer(Azure.Core.RequestMethod.Put), Azure.Core.HttpPipelinePosition.PerRetry);
        return new Azure.Data.Tables.TableServiceClient(azurite.ConnectionString, options);
    }

    private async Task<int> CountAsync() => await CountAsync(StorageNames.ProfilesTable);

    private async Task<int> CountAsync(string table)
    {
        var count = 0;
        await foreach (var _ in azurite.Tables.GetTableClient(table).QueryAsync<Azure.Data.Tables.TableEntity>(select: ["PartitionKey"]))
        {
            count++;
        }

        return count;
    }
}
