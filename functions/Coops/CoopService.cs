using Matchmaker.Platform.Common;
using Matchmaker.Platform.Credentials;

namespace Matchmaker.Coops;

public sealed class CoopService(CoopStore coops, CredentialStore credentials, TimeProvider time)
{
    /// <summary>Creates the co-op and its key; if the key cannot be stored the co-op is removed again.</summary>
    public async Task<CoopCreated> CreateAsync(CoopInput input, CancellationToken cancellationToken)
    {
        var coop = new CoopEntity
        {
            PartitionKey = EntityId.New(),
            Name = input.Name!,
            ContactEmail = input.ContactEmail!,
            City = input.City,
            Country = input.Country,
            CreatedAt = time.GetUtcNow(),
        };
        await coops.UpsertAsync(coop, cancellationToken);
        try
        {
            var key = await credentials.IssueAsync(CredentialKind.Coop, coop.Id, cancellationToken);
            return new CoopCreated(coop.Id, key);
        }
        catch
        {
            await coops.DeleteAsync(coop.Id, CancellationToken.None);
            throw;
        }
    }
}
