using Matchmaker.Platform.Credentials;

namespace Matchmaker.Profiles.PersonalData;

/// <summary>The hashes of the person's owner tokens and emailed codes (the secrets themselves are never stored).</summary>
public sealed class OwnerCredentialData(CredentialStore credentials) : IPersonalDataHolder
{
    public string Name => "credentials";

    public async Task<object?> ExportAsync(string profileId, CancellationToken cancellationToken) =>
        (await OfPersonAsync(profileId, cancellationToken))
            .Select(c => new { kind = c.Kind, createdAt = c.CreatedAt, expiresAt = c.ExpiresAt }).ToList();

    public async Task EraseAsync(string profileId, CancellationToken cancellationToken)
    {
        foreach (var credential in await OfPersonAsync(profileId, cancellationToken))
        {
            await credentials.DeleteAsync(credential, cancellationToken);
        }
    }

    private async Task<IEnumerable<CredentialEntity>> OfPersonAsync(string profileId, CancellationToken cancellationToken) =>
        (await credentials.OfSubjectAsync(profileId, cancellationToken)).Where(credential => CredentialKind.OfPeople.Contains(credential.Kind));
}
