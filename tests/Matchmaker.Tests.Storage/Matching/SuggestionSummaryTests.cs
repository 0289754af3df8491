using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Matchmaker.Coops;
using Matchmaker.Matching.Suggestions;
using Matchmaker.Needs;
using Matchmaker.Platform.Common;
using Matchmaker.Profiles;

namespace Matchmaker.Tests.Storage.Matching;

/// <summary>
/// The need and person summaries each listed suggestion carries for the review page, and the co-op filter.
/// Records are written straight to the store so no matching run rewrites the suggestions under the test.
/// </summary>
public sealed class SuggestionSummaryTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    private const double IncomeTarget = 2345.67;

    private TableServiceClient Tables => new(world.StorageConnectionString);

    [Fact]
    public async Task Each_suggestion_carries_its_need_with_the_coops_name_and_its_person_with_skills_and_levels()
    {
        var (coop, need, person) = await ArrangeAsync("Summary Co-op");

        var item = Assert.Single(await ListAsync($"needId={need}"));

        Assert.NotNull(item.Need);
        Assert.Equal(need, item.Need.Id);
        Assert.Equal("Project owner", item.Need.Title);
        Assert.Equal(coop, item.Need.CoopId);
        Assert.Equal("Summary Co-op", item.Need.CoopName);
        Assert.Equal(new DayRateInput(125, 375, "GBP"), item.Need.DayRate);
        Assert.Equal(2, item.Need.DaysPerWeek);
        Assert.Equal(new LocationInput("London", "GB", "remote-ok"), item.Need.Location);
        Assert.NotNull(item.Person);
        Assert.Equal(person, item.Person.Id);
        Assert.Equal("Sam Example", item.Person.Name);
        Assert.Equal([new PersonSkill("WordPress", "advanced"), new PersonSkill("Linux", "expert")], item.Person.Skills);
        Assert.Equal(3, item.Person.DaysPerWeek);
        Assert.Equal(new LocationInput("London", "GB", "remote-ok"), item.Person.Location);
    }

    [Fact]
    public async Task The_person_summary_never_holds_an_email_address_or_an_income_target()
    {
        var (_, need, _) = await ArrangeAsync("Privacy Co-op");

        var response = await world.SendAsync(HttpMethod.Get, $"/api/suggestions?needId={need}", ApiWorld.CoordinatorKey);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var person = JsonDocument.Parse(body).RootElement.GetProperty("items")[0].GetProperty("person");
        Assert.Equal(["id", "name", "skills", "daysPerWeek", "location"], person.EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain("@", body, StringComparison.Ordinal);
        Assert.DoesNotContain("income", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("2345", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_suggestion_whose_person_was_erased_still_lists_with_a_null_person()
    {
        var (_, need, person) = await ArrangeAsync("Erased Co-op");
        await new ProfileStore(Tables).DeleteAsync(person, default);

        var item = Assert.Single(await ListAsync($"needId={need}"));

        Assert.Null(item.Person);
        Assert.NotNull(item.Need);
    }

    [Fact]
    public async Task A_coop_filter_lists_only_suggestions_for_that_coops_needs_and_combines_with_status()
    {
        var (coop, need, _) = await ArrangeAsync("Filtered Co-op");
        var (_, otherNeed, _) = await ArrangeAsync("Other Co-op");
        var secondNeed = await WriteNeedAsync(coop);
        var decided = await WritePersonAsync($"decided-{Guid.NewGuid():N}@example.org");
        await WriteSuggestionAsync(secondNeed, decided, SuggestionStatus.Rejected);

        var ofCoop = await ListAsync($"coopId={coop}");
        var pendingOfCoop = await ListAsync($"coopId={coop}&status=pending");

        Assert.Equal(new[] { need, secondNeed }.Order(StringComparer.Ordinal), ofCoop.Select(s => s.NeedId).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(ofCoop, s => s.NeedId == otherNeed);
        Assert.Equal([need], pendingOfCoop.Select(s => s.NeedId));
    }

    private async Task<(string Coop, string Need, string Person)> ArrangeAsync(string coopName)
    {
        var coop = EntityId.New();
        await new CoopStore(Tables).UpsertAsync(new CoopEntity { PartitionKey = coop, Name = coopName, ContactEmail = "hello@coop.example.org" }, default);
        var need = await WriteNeedAsync(coop);
        var person = await WritePersonAsync($"person-{Guid.NewGuid():N}@example.org");
        await WriteSuggestionAsync(need, person, SuggestionStatus.Pending);
        return (coop, need, person);
    }

    private async Task<string> WriteNeedAsync(string coop)
    {
        var need = new NeedEntity { PartitionKey = EntityId.New(), CoopId = coop };
        NeedMapper.Apply(ApiWorld.ValidNeed(), need);
        await new NeedStore(Tables).UpsertAsync(need, default);
        return need.Id;
    }

    private async Task<string> WritePersonAsync(string email)
    {
        var input = TestProfiles.Valid() with { Email = email, IncomeTarget = new IncomeTargetInput((decimal)IncomeTarget, "GBP") };
        var profile = TestProfiles.Entity(EntityId.New(), ProfileStatus.Active, input);
        await new ProfileStore(Tables).UpsertAsync(profile, default);
        return profile.Id;
    }

    private Task WriteSuggestionAsync(string need, string person, string status) =>
        new SuggestionStore(Tables).WriteNeedAsync(
            [new SuggestionEntity
            {
                PartitionKey = SuggestionEntity.NeedPartition(need),
                RowKey = person,
                NeedId = need,
                ProfileId = person,
                Status = status,
                Score = 0.5,
                Rank = 1,
                ModelVersion = "v000001",
            }],
            [],
            [],
            default);

    private async Task<IReadOnlyList<SuggestionView>> ListAsync(string query)
    {
        var response = await world.SendAsync(HttpMethod.Get, $"/api/suggestions?{query}", ApiWorld.CoordinatorKey);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ResultPage<SuggestionView>>())!.Items;
    }
}
