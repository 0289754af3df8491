using Matchmaker.Profiles.Consents;

namespace Matchmaker.Profiles.PersonalData;

/// <summary>The person's consent history: each grant and withdrawal.</summary>
public sealed class ConsentData(ConsentLog consents) : IPersonalDataHolder
{
    public string Name => "consentHistory";

    public async Task<object?> ExportAsync(string profileId, CancellationToken cancellationToken) =>
        (await consents.OfProfileAsync(profileId, cancellationToken))
            .Select(c => new { kind = c.Kind, granted = c.Granted, at = c.At, policyVersion = c.PolicyVersion })
            .ToList();

    public Task EraseAsync(string profileId, CancellationToken cancellationToken) => consents.EraseAsync(profileId, cancellationToken);
}
