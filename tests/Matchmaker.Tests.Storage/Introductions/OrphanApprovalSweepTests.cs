using Azure;
using Azure.Data.Tables;
using Matchmaker.Introductions;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Platform.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Storage.Introductions;

/// <summary>An approval whose request broke off before its introduction was made gets it from the hourly sweep.</summary>
public sealed class OrphanApprovalSweepTests(IntroductionWorld world) : IClassFixture<IntroductionWorld>
{
    [Fact]
    public async Task An_approval_left_without_its_introduction_is_introduced_by_the_sweep_once_and_a_recent_one_is_left_to_its_request()
    {
        var orphan = await world.ApprovedAsync(personName: "Orphan Person");
        var recent = await world.ApprovedAsync(personName: "Recent Person");
        await world.MailsAsync(orphan.IntroductionId, m => m.Count >= 2, "the orphan's sides are asked");
        await world.MailsAsync(recent.IntroductionId, m => m.Count >= 2, "the recent one's sides are asked");
        // As requests that broke off after the decision: no introduction; one decided 20 minutes ago, one just now.
        var suggestions = new TableClient(world.StorageConnectionString, StorageNames.SuggestionsTable);
        var introductions = new TableClient(world.StorageConnectionString, StorageNames.IntroductionsTable);
        foreach (var (introduced, ago) in new[] { (orphan, TimeSpan.FromMinutes(20)), (recent, TimeSpan.Zero) })
        {
            var intro = (await world.Introductions.FindAsync(introduced.IntroductionId, default))!;
            var suggestion = (await world.App.Services.GetRequiredService<SuggestionStore>().FindAsync(intro.NeedId, intro.ProfileId, default))!;
            suggestion.DecidedAt = DateTimeOffset.UtcNow - ago;
            await suggestions.UpdateEntityAsync(suggestion, ETag.All, TableUpdateMode.Replace);
            await introductions.DeleteEntityAsync(intro.PartitionKey, intro.RowKey);
        }

        var sweep = world.App.Services.GetRequiredService<IntroductionSweep>();
        await sweep.RunAsync(default);
        await sweep.RunAsync(default);

        var made = await world.IntroductionAsync(orphan.IntroductionId, i => i.Status != IntroductionStatus.Requested, "the orphan's introduction is made and advanced");
        Assert.Equal(orphan.NeedId, made.NeedId);
        Assert.Null(await world.Introductions.FindAsync(recent.IntroductionId, default));
    }
}
