using Matchmaker.Platform.Credentials;

namespace Matchmaker.Profiles.PersonalData;

/// <summary>The hash of the person's owner token (the token itself is never stored).</summary>
public sealed class OwnerCredentialData(CredentialStore credentials) : IPersonalDataHolder
{
    public string Name => "credentials";

    public async Task<object?> ExportAsync(string profileId, CancellationToken cancellationToken) =>
        (await credentials.OfSubjectAsync(CredentialKind.Owner, profileId, cancellationToken))
            .Select(c => new { kind = c.Kind, createdAt = c.CreatedAt }).ToList();

    public async Task EraseAsync(string profileId, CancellationToken cancellationToken)
    {
        foreach (var credential in await credentials.OfSubjectAsync(CredentialKind.Owner, profileId, cancellationToken))
        {
            await credentials.DeleteAsync(credential, cancellationToken);
        }
    }
}
