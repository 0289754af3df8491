using Azure.Data.Tables;
using Azure.Storage.Queues;
using Matchmaker.Model.Training;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Hosting;
using Matchmaker.Platform.Storage;
using Matchmaker.Profiles;
using Matchmaker.Profiles.AccountEmails;
using Matchmaker.Profiles.FollowUps;
using Matchmaker.Ranking.Decisions;
using Matchmaker.Tests.Storage.Email;

namespace Matchmaker.Tests.Storage.Profiles;

/// <summary>
/// A save of a profile, and a confirmation, with one storage request failing: each request of the path in
/// turn, until a run meets no fault. Whatever failed, once the queued copies have run the save either happened
/// with every follow-up done, or did not happen at all; an answer of success means it happened, and an answer
/// that nothing changed means nothing did.
/// </summary>
public sealed class ProfileSaveFaultTests : IAsyncLifetime
{
    private readonly string emlFolder = Path.Combine(Path.GetTempPath(), "matchmaker-tests", $"outbox-{Guid.NewGuid():N}");
    private string storage = null!;
    private ProfileParts healthy = null!;

    public async Task InitializeAsync()
    {
        storage = await SharedAzurite.NewAccountAsync();
        healthy = Parts(new TableServiceClient(storage), Queues(null));
        await new StorageInitializer(new TableServiceClient(storage), Queues(null), new Azure.Storage.Blobs.BlobServiceClient(storage), Microsoft.Extensions.Logging.Abstractions.NullLogger<StorageInitializer>.Instance)
            .StartAsync(CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_save_that_changes_the_address_and_withdraws_consents_is_followed_up_in_full_or_not_at_all_whichever_storage_request_fails()
    {
        var faultsMet = 0;
        for (var n = 1; ; n++)
        {
            var oldAddress = $"old-{Guid.NewGuid():N}@example.org";
            var newAddress = $"new-{Guid.NewGuid():N}@example.org";
            var id = await ConfirmedProfileAsync(oldAddress);
            await new DecisionStore(new TableServiceClient(storage), TimeProvider.System)
                .RecordAsync(new DecisionRecord(EntityId.New(), id, DecisionOutcome.Approved, new Dictionary<string, float>(), "v1"), true, default);
            var fault = new FailNthRequest(n);
            var faulty = Parts(FaultyTables(fault), Queues(fault));
            var change = TestProfiles.Valid() with { Email = newAddress, Consent = new ConsentInput(Matching: true) };

            var (saved, failure, mayHaveChanged) = await TrackedAsync(() => faulty.Service.UpdateAsync(id, change, null, default));
            await RunQueuedCopiesAsync();

            var profile = (await new ProfileStore(new TableServiceClient(storage)).FindAsync(id, default))!;
            var happened = profile.Version == 3;
            Assert.True(happened || profile.Version == 2, $"request {n}: version {profile.Version}");
            Assert.True(failure is null || Outage.IsOutage(failure), $"request {n}: {failure}");
            if (failure is null)
            {
                Assert.Equal(SaveOutcome.Saved, saved!.Outcome);
                Assert.True(happened, $"request {n}: answered saved, but the save is not in storage");
            }
            else if (!mayHaveChanged)
            {
                Assert.False(happened, $"request {n}: answered that nothing changed, but the save is in storage");
            }

            await AssertFollowedUpAsync(n, id, happened, oldAddress, newAddress);
            if (!fault.Fired)
            {
                break;
            }

            faultsMet++;
        }

        // The path has many requests; every one of them failed once above.
        Assert.True(faultsMet >= 8, $"only {faultsMet} requests on the path");
    }

    [Fact]
    public async Task A_confirmation_is_followed_up_and_signs_in_whichever_storage_request_fails_and_a_retry_with_the_same_code_finishes_it()
    {
        var faultsMet = 0;
        for (var n = 1; ; n++)
        {
            var address = $"confirm-{Guid.NewGuid():N}@example.org";
            var created = await healthy.Service.CreateAsync(TestProfiles.Valid() with { Email = address }, default);
            var code = new Outbox(emlFolder).LatestCode(address);
            await RunQueuedCopiesAsync();
            await Queues(null).GetQueueClient(StorageNames.ProfileUpdatesQueue).ClearMessagesAsync();
            var fault = new FailNthRequest(n);
            var faulty = Parts(FaultyTables(fault), Queues(fault));

            var (answer, failure, mayHaveChanged) = await TrackedAsync(() => faulty.Service.ConfirmAsync(created.Id, code, default));
            var store = new ProfileStore(new TableServiceClient(storage));
            var active = (await store.FindAsync(created.Id, default))!.Status == ProfileStatus.Active;
            if (failure is null)
            {
                var confirmed = answer!;
                Assert.Equal(ConfirmOutcome.Confirmed, confirmed.Outcome);
                Assert.True(confirmed.OwnerToken is not null, $"request {n}: confirmed without signing in");
                Assert.True(active, $"request {n}: answered confirmed, but the profile is not active");
            }
            else
            {
                Assert.True(Outage.IsOutage(failure!), $"request {n}: {failure}");
                Assert.True(mayHaveChanged || !active, $"request {n}: answered that nothing changed, but the profile is active");
                // The person tries the link again: it confirms (or finds it confirmed) and the follow-ups are done.
                Assert.Equal(ConfirmOutcome.Confirmed, (await healthy.Service.ConfirmAsync(created.Id, code, default)).Outcome);
            }

            await RunQueuedCopiesAsync();
            var profile = (await store.FindAsync(created.Id, default))!;
            Assert.Equal(ProfileStatus.Active, profile.Status);
            Assert.Contains(new ProfileUpdatedMessage(created.Id, profile.Version), await MatchingQueuedAsync());
            if (!fault.Fired)
            {
                break;
            }

            faultsMet++;
        }

        Assert.True(faultsMet >= 4, $"only {faultsMet} requests on the path");
    }

    private async Task AssertFollowedUpAsync(int n, string id, bool happened, string oldAddress, string newAddress)
    {
        var consents = (await healthy.Consents.OfProfileAsync(id, default)).OrderBy(row => row.RowKey, StringComparer.Ordinal).ToList();
        bool LastOf(string kind) => consents.Last(row => row.Kind == kind).Granted;
        Assert.True(LastOf("introductions") != happened, $"request {n}: consent to introductions logged wrongly");
        Assert.True(LastOf("training") != happened, $"request {n}: consent to training logged wrongly");
        Assert.True((await healthy.Index.ProfilesOfAsync(newAddress, default)).Contains(id) == happened, $"request {n}: new address indexed wrongly");
        Assert.True((await healthy.Index.ProfilesOfAsync(oldAddress, default)).Contains(id) != happened, $"request {n}: old address indexed wrongly");
        var confirmations = new Outbox(emlFolder).To(newAddress).Count(mail => mail.Header("Subject").Contains("Confirm", StringComparison.Ordinal));
        Assert.True(confirmations == (happened ? 1 : 0), $"request {n}: {confirmations} confirmation emails to the new address");
        var decisions = await new DecisionStore(new TableServiceClient(storage), TimeProvider.System).OfProfileAsync(id, default);
        Assert.True(decisions.Count == 0 == happened, $"request {n}: {decisions.Count} decisions kept");
        Assert.True((await MatchingQueuedAsync()).Contains(new ProfileUpdatedMessage(id, 3)) == happened, $"request {n}: matching queued wrongly");
    }

    private async Task<string> ConfirmedProfileAsync(string address)
    {
        var created = await healthy.Service.CreateAsync(TestProfiles.Valid() with { Email = address }, default);
        var (outcome, _) = await healthy.Service.ConfirmAsync(created.Id, new Outbox(emlFolder).LatestCode(address), default);
        Assert.Equal(ConfirmOutcome.Confirmed, outcome);
        await RunQueuedCopiesAsync();
        await Queues(null).GetQueueClient(StorageNames.ProfileUpdatesQueue).ClearMessagesAsync();
        return created.Id;
    }

    // What the queue functions would do: every copy due now (the tests' copies are due at once) runs once, and
    // a copy that asks for another email queues that one, which runs too.
    private async Task RunQueuedCopiesAsync()
    {
        var queues = Queues(null);
        for (var ran = true; ran;)
        {
            ran = false;
            foreach (var message in (await queues.GetQueueClient(StorageNames.ProfileSavesQueue).ReceiveMessagesAsync(32)).Value)
            {
                await healthy.FollowUps.CompleteAsync(QueueJson.TryRead<ProfileSavedMessage>(message.Body.ToString())!, default);
                await queues.GetQueueClient(StorageNames.ProfileSavesQueue).DeleteMessageAsync(message.MessageId, message.PopReceipt);
                ran = true;
            }

            foreach (var message in (await queues.GetQueueClient(StorageNames.AccountEmailsQueue).ReceiveMessagesAsync(32)).Value)
            {
                await healthy.AccountEmails.SendAsync(QueueJson.TryRead<AccountEmailMessage>(message.Body.ToString())!, default);
                await queues.GetQueueClient(StorageNames.AccountEmailsQueue).DeleteMessageAsync(message.MessageId, message.PopReceipt);
                ran = true;
            }
        }
    }

    private async Task<List<ProfileUpdatedMessage>> MatchingQueuedAsync() =>
        [.. (await Queues(null).GetQueueClient(StorageNames.ProfileUpdatesQueue).PeekMessagesAsync(32)).Value
            .Select(message => QueueJson.TryRead<ProfileUpdatedMessage>(message.Body.ToString())!)];

    private static async Task<(T? Answer, Exception? Failure, bool MayHaveChanged)> TrackedAsync<T>(Func<Task<T>> request)
    {
        using var writes = StorageWrites.Track();
        try
        {
            return (await request(), null, writes.AnyAttempted);
        }
        catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
        {
            return (default, exception, writes.AnyAttempted);
        }
    }

    private ProfileParts Parts(TableServiceClient tables, QueueServiceClient queues) => new(storage, tables, queues, emlFolder, copyDelay: TimeSpan.Zero);

    private TableServiceClient FaultyTables(FailNthRequest fault)
    {
        var options = new TableClientOptions { Retry = { MaxRetries = 0 } };
        options.AddPolicy(new StorageWritePolicy(), Azure.Core.HttpPipelinePosition.PerCall);
        options.AddPolicy(fault, Azure.Core.HttpPipelinePosition.PerCall);
        return new TableServiceClient(storage, options);
    }

    private QueueServiceClient Queues(FailNthRequest? fault)
    {
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64, Retry = { MaxRetries = 0 } };
        if (fault is not null)
        {
            options.AddPolicy(new StorageWritePolicy(), Azure.Core.HttpPipelinePosition.PerCall);
            options.AddPolicy(fault, Azure.Core.HttpPipelinePosition.PerCall);
        }

        return new QueueServiceClient(storage, options);
    }
}
