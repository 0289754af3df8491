using Matchmaker.Audit;
using Matchmaker.Consents;
using Matchmaker.Credentials;
using Matchmaker.Decisions;
using Matchmaker.Email.Outbox;
using Matchmaker.Introductions;
using Matchmaker.Matching;
using Matchmaker.Profiles;
using Matchmaker.Suggestions;

namespace Matchmaker.PersonalData;

/// <summary>
/// Every place that holds data about a person, in one list: export reads them all, erasure empties them
/// all. Anything new that stores data about a person must join this list.
/// </summary>
public sealed class PersonalDataInventory(
    SkillIndexer skillIndex,
    SuggestionStore suggestions,
    DecisionStore decisions,
    AuditLog audit,
    IntroductionStore introductions,
    EmailOutbox outbox,
    ConsentLog consents,
    ProfileStore profiles,
    CredentialStore credentials)
{
    // Erased in this order. The owner's credential goes last so that an interrupted erasure can be
    // finished by repeating DELETE with the same token.
    public IReadOnlyList<IPersonalDataHolder> Holders { get; } =
    [
        new SkillIndexData(skillIndex),
        new SuggestionData(suggestions),
        new DecisionData(decisions),
        new AuditData(audit),
        new IntroductionData(introductions, outbox),
        new ConsentData(consents),
        new ProfileData(profiles),
        new OwnerCredentialData(credentials),
    ];

    public async Task<IReadOnlyDictionary<string, object?>> ExportAsync(string profileId, CancellationToken cancellationToken)
    {
        var export = new Dictionary<string, object?>();
        foreach (var holder in Holders)
        {
            export[holder.Name] = await holder.ExportAsync(profileId, cancellationToken);
        }

        return export;
    }

    public async Task EraseAsync(string profileId, CancellationToken cancellationToken)
    {
        foreach (var holder in Holders)
        {
            await holder.EraseAsync(profileId, cancellationToken);
        }
    }
}
