using Matchmaker.Common;
using Matchmaker.Credentials;
using Matchmaker.Storage;

namespace Matchmaker.Profiles;

/// <summary>Creating and reading profiles; the HTTP functions only translate to and from it.</summary>
public sealed class ProfileService(ProfileStore store, QueueSender queue, TimeProvider time)
{
    /// <summary>Stores a validated profile and queues it for indexing. If the queue cannot take the message the row is removed again, so nothing is half-stored.</summary>
    public async Task<ProfileCreated> CreateAsync(ProfileInput input, CancellationToken cancellationToken)
    {
        var token = SecretToken.Create();
        var now = time.GetUtcNow();
        var profile = new ProfileEntity
        {
            PartitionKey = EntityId.New(),
            OwnerTokenHash = SecretToken.Hash(token),
            CreatedAt = now,
            UpdatedAt = now,
        };
        ProfileMapper.Apply(input, profile);
        await store.AddAsync(profile, cancellationToken);
        try
        {
            await queue.SendAsync(StorageNames.ProfileUpdatesQueue, new ProfileUpdatedMessage(profile.Id, profile.Version), cancellationToken);
        }
        catch
        {
            await store.DeleteAsync(profile.Id, CancellationToken.None);
            throw;
        }

        return new ProfileCreated(profile.Id, token, profile.Status);
    }

    /// <summary>The profile if <paramref name="ownerToken"/> is its owner's; null for a wrong token and an unknown id alike.</summary>
    public async Task<ProfileEntity?> FindForOwnerAsync(string id, string? ownerToken, CancellationToken cancellationToken)
    {
        var profile = await store.FindAsync(id, cancellationToken);
        return profile is not null && SecretToken.Matches(ownerToken, profile.OwnerTokenHash) ? profile : null;
    }
}
