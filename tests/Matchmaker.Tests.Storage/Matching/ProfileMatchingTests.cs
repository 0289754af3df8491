using System.Net;
using System.Net.Http.Json;
using Azure.Data.Tables;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Needs;
using Matchmaker.Platform.Common;
using Matchmaker.Platform.Storage;
using Matchmaker.Profiles;

namespace Matchmaker.Tests.Storage.Matching;

/// <summary>The profile side: confirming, changing, withdrawing and erasing a profile re-match the needs it touches.</summary>
public sealed class ProfileMatchingTests(MatchingWorld world) : IClassFixture<MatchingWorld>
{
    [Fact]
    public async Task A_newcomer_confirmed_after_a_need_was_posted_is_suggested_for_it()
    {
        var skill = Skill();
        var needId = await world.CreateNeedAsync((await world.CreateCoopAsync()).Key, NeedFor(skill));
        await world.DrainedAsync();
        Assert.Empty(await world.Suggestions.OfNeedAsync(needId, default));

        var person = await world.CreateConfirmedProfileAsync("Late Newcomer", new SkillInput(skill, "advanced"));

        var rows = await world.SuggestionsOfNeedAsync(needId, rows => rows.Count == 1, "the newcomer is suggested");
        Assert.Equal(person.Id, rows[0].ProfileId);
    }

    [Fact]
    public async Task A_profile_that_no_longer_fits_or_withdraws_consent_loses_its_pending_suggestions()
    {
        var skill = Skill();
        var needId = await world.CreateNeedAsync((await world.CreateCoopAsync()).Key, NeedFor(skill));
        var changing = await world.CreateConfirmedProfileAsync("Changing Skills", new SkillInput(skill, "advanced"));
        var withdrawing = await world.CreateConfirmedProfileAsync("Withdrawing Consent", new SkillInput(skill, "advanced"));
        await world.SuggestionsOfNeedAsync(needId, rows => rows.Count == 2, "both are suggested");

        var otherSkills = TestProfiles.Valid(new SkillInput(Skill(), "expert")) with { Email = await EmailOfAsync(changing) };
        Assert.Equal(HttpStatusCode.OK, (await world.SendAsync(HttpMethod.Put, $"/api/profiles/{changing.Id}", changing.OwnerToken, otherSkills)).StatusCode);
        var noMatching = TestProfiles.Valid(new SkillInput(skill, "advanced")) with
        {
            Email = await EmailOfAsync(withdrawing),
            Consent = new ConsentInput(Matching: false, Introductions: true, Training: true),
        };
        Assert.Equal(HttpStatusCode.OK, (await world.SendAsync(HttpMethod.Put, $"/api/profiles/{withdrawing.Id}", withdrawing.OwnerToken, noMatching)).StatusCode);

        await world.SuggestionsOfNeedAsync(needId, rows => rows.Count == 0, "neither is suggested any more");
        Assert.Empty(await world.Suggestions.OfProfileAsync(changing.Id, default));
        Assert.Empty(await world.Suggestions.OfProfileAsync(withdrawing.Id, default));
    }

    [Fact]
    public async Task Erasing_a_profile_erases_its_suggestions_decided_or_not_in_both_partitions()
    {
        var skill = Skill();
        var coop = await world.CreateCoopAsync();
        var first = await world.CreateNeedAsync(coop.Key, NeedFor(skill));
        var second = await world.CreateNeedAsync(coop.Key, NeedFor(skill) with { Title = "Second need" });
        var person = await world.CreateConfirmedProfileAsync("Leaving Person", new SkillInput(skill, "advanced"));
        await world.SuggestionsOfNeedAsync(second, rows => rows.Count == 1, "the person is suggested for the second need");
        await world.SuggestionsOfNeedAsync(first, rows => rows.Count == 1, "and for the first");

        // Matching may still be rewriting the rows (each need is matched again after the person's indexing):
        // decide one only once it has settled, as a coordinator would see it.
        await world.DrainedAsync();
        var decided = (await world.Suggestions.OfNeedAsync(first, default)).Single();
        decided.Status = SuggestionStatus.Rejected;
        await world.Suggestions.ReplaceAsync(decided, default);

        Assert.Equal(HttpStatusCode.NoContent, (await world.SendAsync(HttpMethod.Delete, $"/api/profiles/{person.Id}", person.OwnerToken)).StatusCode);

        Assert.Empty(await world.Suggestions.OfProfileAsync(person.Id, default));
        Assert.Empty(await world.Suggestions.OfNeedAsync(first, default));
        Assert.Empty(await world.Suggestions.OfNeedAsync(second, default));
    }

    [Fact]
    public async Task Rows_a_matching_run_writes_just_after_an_erasure_are_swept_away()
    {
        var skill = Skill();
        var needId = await world.CreateNeedAsync((await world.CreateCoopAsync()).Key, NeedFor(skill));
        var person = await world.CreateConfirmedProfileAsync("Erased Mid Run", new SkillInput(skill, "advanced"));
        await world.SuggestionsOfNeedAsync(needId, rows => rows.Count == 1, "the person is suggested");
        var tables = new TableServiceClient(world.StorageConnectionString);
        var indexRows = await RowsAsync(tables, StorageNames.SkillIndexTable, person.Id);
        var suggestionRows = await RowsAsync(tables, StorageNames.SuggestionsTable, person.Id);
        Assert.Equal(4, indexRows.Count + suggestionRows.Count);
        // The index row without its tracking row: the erasure removed the tracking row before the run wrote the index row.
        var late = indexRows.Where(row => row.PartitionKey.StartsWith("skill-", StringComparison.Ordinal)).ToList();
        Assert.Single(late);

        Assert.Equal(HttpStatusCode.NoContent, (await world.SendAsync(HttpMethod.Delete, $"/api/profiles/{person.Id}", person.OwnerToken)).StatusCode);
        Assert.Empty(await SkillIndexRows.OfAsync(tables, person.Id));

        // What runs that read the person just before the erasure (indexing, matching the need) write just after it.
        foreach (var row in late)
        {
            await tables.GetTableClient(StorageNames.SkillIndexTable).UpsertEntityAsync(row, TableUpdateMode.Replace);
        }

        foreach (var row in suggestionRows)
        {
            await tables.GetTableClient(StorageNames.SuggestionsTable).UpsertEntityAsync(row, TableUpdateMode.Replace);
        }

        await Eventually.TrueAsync(
            async () => (await RowsAsync(tables, StorageNames.SkillIndexTable, person.Id)).Count == 0
                && (await RowsAsync(tables, StorageNames.SuggestionsTable, person.Id)).Count == 0,
            "the erasure's sweep removed the late rows");
    }

    private static async Task<List<TableEntity>> RowsAsync(TableServiceClient tables, string table, string profileId)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in tables.GetTableClient(table).QueryAsync<TableEntity>())
        {
            if (row.PartitionKey.Contains(profileId, StringComparison.Ordinal) || row.RowKey.Contains(profileId, StringComparison.Ordinal))
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private async Task<string> EmailOfAsync(ProfileCreated profile)
    {
        var view = await (await world.SendAsync(HttpMethod.Get, $"/api/profiles/{profile.Id}", profile.OwnerToken)).Content.ReadFromJsonAsync<ProfileView>();
        return view!.Email;
    }

    private static string Skill() => $"skill {EntityId.New()[..12]}";

    private static NeedInput NeedFor(string skill) => ApiWorld.ValidNeed() with { RequiredSkills = [new SkillInput(skill, "working")], NiceToHaveSkills = [] };
}
