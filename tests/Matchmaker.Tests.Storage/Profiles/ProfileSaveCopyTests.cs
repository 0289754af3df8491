using System.Net;
using System.Net.Http.Json;
using Matchmaker.Platform.Storage;
using Matchmaker.Profiles;
using Matchmaker.Profiles.Consents;
using Matchmaker.Profiles.FollowUps;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Profiles;

/// <summary>The running app finishes a save's follow-ups from the queued copy when the save's request did not.</summary>
public sealed class ProfileSaveCopyTests
{
    [Fact]
    public async Task A_save_whose_request_stopped_after_writing_it_has_its_withdrawal_logged_once_by_the_queued_copy_delivered_twice()
    {
        await using var app = await StandaloneApp.StartAsync(await SharedAzurite.NewAccountAsync());
        var address = $"copy-{Guid.NewGuid():N}@example.org";
        var created = (await (await app.Client.PostAsJsonAsync("/api/profiles", TestProfiles.Valid() with { Email = address })).Content.ReadFromJsonAsync<ProfileCreated>())!;
        var confirmed = await app.Client.PostAsJsonAsync($"/api/profiles/{created.Id}/confirm", new ConfirmInput(app.Outbox.LatestCode(address)));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);

        // The save as its request wrote it, before the process stopped: consent to training withdrawn.
        var store = app.Services.GetRequiredService<ProfileStore>();
        var profile = (await store.FindAsync(created.Id, default))!;
        var before = ConsentState.Of(profile);
        profile.ConsentTraining = false;
        profile.Version++;
        profile.UpdatedAt = DateTimeOffset.UtcNow;
        await store.UpsertAsync(profile, default);
        var copy = new ProfileSavedMessage(profile.Id, profile.Version, profile.UpdatedAt, before, ConsentState.Of(profile), AddressChanged: false, EmailsConfirmation: false);
        // Delivered twice, as a queue may: the second delivery finds the work done.
        await app.Services.GetRequiredService<QueueSender>().SendAsync(StorageNames.ProfileSavesQueue, copy, default);
        await app.Services.GetRequiredService<QueueSender>().SendAsync(StorageNames.ProfileSavesQueue, copy, default);

        var consents = app.Services.GetRequiredService<ConsentLog>();
        await Eventually.TrueAsync(
            async () => (await consents.OfProfileAsync(created.Id, default)).Any(row => row.Kind == "training" && !row.Granted),
            "the copy logged the withdrawal");
        var queue = app.Services.GetRequiredService<Azure.Storage.Queues.QueueServiceClient>().GetQueueClient(StorageNames.ProfileSavesQueue);
        await Eventually.TrueAsync(async () => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0, "both deliveries ran");
        Assert.Single(await consents.OfProfileAsync(created.Id, default), row => row.Kind == "training" && !row.Granted);
    }
}
