using Matchmaker.Profiles.PersonalData;

namespace Matchmaker.Profiles.SignIn;

/// <summary>The sign-in index's rows of the person: the keyed hash of their address, never the address.</summary>
public sealed class EmailIndexData(EmailIndex index) : IPersonalDataHolder
{
    public string Name => "signInIndex";

    public async Task<object?> ExportAsync(string profileId, CancellationToken cancellationToken) =>
        (await index.OfProfileAsync(profileId, cancellationToken)).Select(r => new { addressHash = r.PartitionKey }).ToList();

    public async Task EraseAsync(string profileId, CancellationToken cancellationToken)
    {
        foreach (var row in await index.OfProfileAsync(profileId, cancellationToken))
        {
            await index.DeleteAsync(row, cancellationToken);
        }
    }
}
