using Matchmaker.Platform.Audit;

namespace Matchmaker.Profiles.PersonalData;

/// <summary>Audit entries of decisions about the person.</summary>
public sealed class AuditData(AuditLog audit) : IPersonalDataHolder
{
    public string Name => "decisionAudit";

    public async Task<object?> ExportAsync(string profileId, CancellationToken cancellationToken) =>
        (await audit.OfProfileAsync(profileId, cancellationToken)).Select(a => new { needId = a.NeedId, action = a.Action, reason = a.Reason, at = a.At }).ToList();

    public async Task EraseAsync(string profileId, CancellationToken cancellationToken)
    {
        foreach (var entry in await audit.OfProfileAsync(profileId, cancellationToken))
        {
            await audit.DeleteAsync(entry, cancellationToken);
        }
    }
}
