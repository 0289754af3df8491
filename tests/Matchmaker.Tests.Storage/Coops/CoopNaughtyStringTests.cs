using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Matchmaker.Coops;
using Matchmaker.Platform.Http;
using Matchmaker.Platform.Storage;
using Matchmaker.Tests.Storage.Platform;

namespace Matchmaker.Tests.Storage.Coops;

/// <summary>
/// Every naughty string through every string field of the co-op body: never a 5xx; either stored exactly
/// (read from the table: a co-op has no read route) or a 400 problem naming the field.
/// </summary>
public sealed class CoopNaughtyStringTests(NaughtyStringWorld world) : IClassFixture<NaughtyStringWorld>
{
    private readonly NaughtyStringRoundTrip roundTrip = new(world);

    private static readonly Dictionary<string, string> PropertyOfField = new()
    {
        ["name"] = nameof(CoopEntity.Name),
        ["contactEmail"] = nameof(CoopEntity.ContactEmail),
        ["city"] = nameof(CoopEntity.City),
    };

    [Fact]
    public async Task Coop_name_and_city_are_stored_exactly_or_answer_400()
    {
        var accepted = await CheckAsync("name", "city");

        Assert.All(accepted, field => Assert.True(field.Value > 400, $"only {field.Value} strings were accepted in {field.Key}"));
    }

    [Fact]
    public async Task Coop_contact_email_is_stored_exactly_or_answers_400()
    {
        var accepted = await CheckAsync("contactEmail");

        // Hardly any naughty string is an address: most must have been refused, each with a 400 naming the field.
        Assert.True(accepted["contactEmail"] < NaughtyStrings.All.Count / 10, $"{accepted["contactEmail"]} naughty strings were accepted as an address");
    }

    private async Task<IReadOnlyDictionary<string, int>> CheckAsync(params string[] fields)
    {
        var body = JsonSerializer.SerializeToNode(new CoopInput("Test Co-op", "hello@coop.example.org", "Leeds", "GB"), MatchmakerJson.Options)!;
        var table = new TableServiceClient(world.StorageConnectionString).GetTableClient(StorageNames.CoopsTable);

        return await roundTrip.CheckAllAsync(fields, body, "/api/coops", ApiWorld.CoordinatorKey, async response =>
        {
            var id = (await response.Content.ReadFromJsonAsync<CoopCreated>())!.Id;
            var stored = (await table.GetEntityAsync<TableEntity>(id, CoopEntity.Row)).Value;
            return field => stored.GetString(PropertyOfField[field]);
        });
    }
}
