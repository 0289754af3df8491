using System.Text;
using Azure.Storage.Queues;
using Matchmaker.Platform.Storage;
using Matchmaker.Profiles;
using Microsoft.Extensions.Logging.Abstractions;

namespace Matchmaker.Tests.Storage.Profiles;

[Collection(AzuriteTests.Name)]
public sealed class ProfileServiceTests(AzuriteFixture azurite) : IAsyncLifetime
{
    public async Task InitializeAsync() =>
        await new StorageInitializer(azurite.Tables, azurite.Queues(), new Azure.Storage.Blobs.BlobServiceClient(azurite.ConnectionString), NullLogger<StorageInitializer>.Instance)
            .StartAsync(CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;

    private readonly string outbox = Path.Combine(Path.GetTempPath(), $"outbox-{Guid.NewGuid():N}");

    private ProfileService Service(Azure.Data.Tables.TableServiceClient tables) => Service(tables, tables, azurite.Queues(QueueMessageEncoding.Base64));

    /// <param name="consentTables">The tables the consent log writes to; the rest go to <paramref name="tables"/>.</param>
    private ProfileService Service(Azure.Data.Tables.TableServiceClient tables, Azure.Data.Tables.TableServiceClient consentTables, QueueServiceClient queues) =>
        new ProfileParts(azurite.ConnectionString, tables, queues, outbox, consentTables).Service;

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
        var service = Service(azurite.Tables, azurite.Tables, brokenQueues);
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
        var service = Service(azurite.Tables, brokenTables, azurite.Queues(QueueMessageEncoding.Base64));
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
