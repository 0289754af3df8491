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

    [Theory]
    [InlineData("name", nameof(CoopEntity.Name))]
    [InlineData("contactEmail", nameof(CoopEntity.ContactEmail))]
    [InlineData("city", nameof(CoopEntity.City))]
    public async Task Coop_fields_are_stored_exactly_or_answer_400(string field, string property)
    {
        var body = JsonSerializer.SerializeToNode(new CoopInput("Test Co-op", "hello@coop.example.org", "Leeds", "GB"), MatchmakerJson.Options)!;
        var table = new TableServiceClient(world.StorageConnectionString).GetTableClient(StorageNames.CoopsTable);

        await roundTrip.CheckAllAsync(field, body, "/api/coops", ApiWorld.CoordinatorKey, async (response, value) =>
        {
            var id = (await response.Content.ReadFromJsonAsync<CoopCreated>())!.Id;
            return (await table.GetEntityAsync<TableEntity>(id, CoopEntity.Row)).Value.GetString(property);
        });
    }
}
