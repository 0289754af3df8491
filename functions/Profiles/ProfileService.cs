using Matchmaker.Common;
using Matchmaker.Credentials;
using Matchmaker.Storage;

namespace Matchmaker.Profiles;

/// <summary>Creating and reading profiles; the HTTP functions only translate to and from it.</summary>
public sealed class ProfileService(ProfileStore store, CredentialStore credentials, QueueSender queue, TimeProvider time)
{
    /// <summary>
    /// Stores a validated profile with its owner token and queues it for indexing. If any step fails the
    /// earlier ones are undone, so nothing is half-stored.
    /// </summary>
    public async Task<ProfileCreated> CreateAsync(ProfileInput input, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var profile = new ProfileEntity { PartitionKey = EntityId.New(), CreatedAt = now, UpdatedAt = now };
        ProfileMapper.Apply(input, profile);
        await store.AddAsync(profile, cancellationToken);
        try
        {
            var token = await credentials.IssueAsync(CredentialKind.Owner, profile.Id, cancellationToken);
            await queue.SendAsync(StorageNames.ProfileUpdatesQueue, new ProfileUpdatedMessage(profile.Id, profile.Version), cancellationToken);
            return new ProfileCreated(profile.Id, token, profile.Status);
        }
        catch
        {
            await UndoCreateAsync(profile.Id);
            throw;
        }
    }

    public Task<ProfileEntity?> FindAsync(string id, CancellationToken cancellationToken) => store.FindAsync(id, cancellationToken);

    private async Task UndoCreateAsync(string id)
    {
        foreach (var credential in await credentials.OfSubjectAsync(CredentialKind.Owner, id, CancellationToken.None))
        {
            await credentials.DeleteAsync(credential, CancellationToken.None);
        }

        await store.DeleteAsync(id, CancellationToken.None);
    }
}
