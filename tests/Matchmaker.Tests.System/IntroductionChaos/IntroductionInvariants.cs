using Azure.Data.Tables;
using Matchmaker.Introductions;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Platform.Storage;
using Matchmaker.Profiles;
using Matchmaker.Review;
using Matchmaker.Tests.System.Chaos;

namespace Matchmaker.Tests.System.IntroductionChaos;

/// <summary>
/// The invariants of the introduction property test that a run without withdrawals or erasures can break,
/// checked on what the run left in storage and what SendGrid's stand-in accepted: (1) an email holding the
/// other side's contact details went only for an introduction a coordinator approved and both sides accepted,
/// to a person still active and consenting; (2) at most one introduction, and one connecting email a side,
/// per pair of need and person; (3) nothing is approved that the coordinator did not ask to approve.
/// </summary>
public sealed class IntroductionInvariants(TableServiceClient tables, MailIndex mail, IReadOnlyCollection<string> approvalsAsked)
{
    public async Task RunAsync(ChaosVerdict verdict, IReadOnlyList<IntroductionEntity> introductions)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(introductions);
        var byId = introductions.ToDictionary(entity => entity.Id, StringComparer.Ordinal);
        var connecting = mail.All().Where(email => email.Key.StartsWith($"{IntroductionEmailKeys.Connected}-", StringComparison.Ordinal)).ToList();

        var profiles = tables.GetTableClient(StorageNames.ProfilesTable);
        var unfit = new List<string>();
        foreach (var email in connecting)
        {
            if (!byId.TryGetValue(email.Subject, out var introduction))
            {
                unfit.Add($"{email.Subject}/{email.Key}: no such introduction");
                continue;
            }

            var person = (await profiles.GetEntityIfExistsAsync<ProfileEntity>(introduction.ProfileId, ProfileEntity.Row)).Value;
            if (introduction.ApprovedBy != SuggestionReview.CoordinatorKeyActor
                || introduction.PersonAnswer != IntroductionAnswer.Accept || introduction.CoopAnswer != IntroductionAnswer.Accept
                || person is not { Status: ProfileStatus.Active, ConsentIntroductions: true })
            {
                unfit.Add($"{email.Subject}/{email.Key}: approved by '{introduction.ApprovedBy}', answers {introduction.PersonAnswer}/{introduction.CoopAnswer}, person {person?.Status ?? "gone"}");
            }
        }

        verdict.ProblemsOf("Contact details sent without a coordinator's approval and both consents", unfit);

        var pairs = introductions.GroupBy(entity => (entity.NeedId, entity.ProfileId)).Where(group => group.Count() > 1).Select(group => $"{group.Key}: {group.Count()} introductions");
        var twice = connecting.Where(email => byId.ContainsKey(email.Subject))
            .GroupBy(email => (byId[email.Subject].NeedId, byId[email.Subject].ProfileId, email.Key))
            .Where(group => group.Count() > 1)
            .Select(group => $"{group.Key}: {group.Count()} emails");
        verdict.ProblemsOf("Pairs introduced more than once", [.. pairs, .. twice]);

        var asked = approvalsAsked.ToHashSet(StringComparer.Ordinal);
        var approved = new List<SuggestionEntity>();
        await foreach (var row in tables.GetTableClient(StorageNames.SuggestionsTable).QueryAsync<SuggestionEntity>(TableClient.CreateQueryFilter($"Status eq {SuggestionStatus.Approved}")))
        {
            approved.Add(row);
        }

        var bySuggestion = introductions.ToLookup(entity => entity.SuggestionId, StringComparer.Ordinal);
        var unasked = approved.Where(row => !asked.Contains(row.Id)).Select(row => $"{row.PartitionKey}: {row.Id} approved unasked")
            .Concat(introductions.Where(entity => !asked.Contains(entity.SuggestionId) || entity.ApprovedBy != SuggestionReview.CoordinatorKeyActor)
                .Select(entity => $"introduction {entity.Id} approved by '{entity.ApprovedBy}'"))
            .Concat(approved.Where(row => row.PartitionKey == SuggestionEntity.NeedPartition(row.NeedId) && !bySuggestion.Contains(row.Id))
                .Select(row => $"approved suggestion {row.Id} without its introduction"))
            .ToList();
        var mirrored = approved.Where(row => row.PartitionKey == SuggestionEntity.ProfilePartition(row.ProfileId)).Select(row => row.Id).ToHashSet(StringComparer.Ordinal);
        var unmirrored = approved.Where(row => row.PartitionKey == SuggestionEntity.NeedPartition(row.NeedId) && !mirrored.Contains(row.Id))
            .Select(row => $"suggestion {row.Id}: the person's copy is not approved")
            .ToList();
        verdict.ProblemsOf("Approved suggestions whose copy in the person's partition says otherwise", unmirrored);
        verdict.Figure("suggestions approved (rows, both partitions)", approved.Count);
        verdict.ProblemsOf("Approvals no coordinator asked for", unasked);
    }
}
