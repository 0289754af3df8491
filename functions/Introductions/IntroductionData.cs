using Matchmaker.Email.Outbox;
using Matchmaker.Profiles.PersonalData;

namespace Matchmaker.Introductions;

/// <summary>The person's introductions, their response tokens and their emails' outbox rows.</summary>
public sealed class IntroductionData(IntroductionStore introductions, EmailOutbox outbox) : IPersonalDataHolder
{
    public string Name => "introductions";

    public async Task<object?> ExportAsync(string profileId, CancellationToken cancellationToken) =>
        (await introductions.OfProfileAsync(profileId, cancellationToken))
            .Select(i => new { id = i.Id, needId = i.NeedId, status = i.Status, yourAnswer = i.PersonAnswer, approvedAt = i.ApprovedAt, endedAt = i.EndedAt })
            .ToList();

    public async Task EraseAsync(string profileId, CancellationToken cancellationToken)
    {
        foreach (var introduction in await introductions.OfProfileAsync(profileId, cancellationToken))
        {
            await outbox.EraseAsync(introduction.Id, cancellationToken);
            await introductions.EraseAsync(introduction.Id, cancellationToken);
        }
    }
}
