using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Matchmaker.Coops;
using Matchmaker.Platform.Http;
using Matchmaker.Platform.Storage;
using Matchmaker.Profiles;
using Matchmaker.Tests.Infrastructure;

namespace Matchmaker.Tests.Validation;

/// <summary>
/// Every naughty string through every string field of every create body: never a 5xx; either stored and
/// returned code-point for code-point, or a 400 problem naming the field.
/// </summary>
public sealed class NaughtyStringTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    [Theory]
    [InlineData("name")]
    [InlineData("email")]
    [InlineData("location.city")]
    [InlineData("skills[0].name")]
    [InlineData("interests[0]")]
    [InlineData("wantsToLearn[0]")]
    [InlineData("bio")]
    public async Task Profile_fields_round_trip_exactly_or_answer_400(string field)
    {
        var body = JsonSerializer.SerializeToNode(TestProfiles.Valid(), MatchmakerJson.Options)!;

        var accepted = await CheckAllAsync(field, body, "/api/profiles", null, async (response, value) =>
        {
            var created = (await response.Content.ReadFromJsonAsync<ProfileCreated>())!;
            var read = await world.SendAsync(HttpMethod.Get, $"/api/profiles/{created.Id}", created.OwnerToken);
            return JsonPath.Get((await read.Content.ReadFromJsonAsync<JsonNode>())!, field)?.GetValue<string>();
        });

        Assert.True(field == "email" || accepted > 400, $"only {accepted} strings were accepted in {field}");
    }

    [Theory]
    [InlineData("title")]
    [InlineData("description")]
    [InlineData("requiredSkills[0].name")]
    [InlineData("niceToHaveSkills[0].name")]
    [InlineData("canTeach[0]")]
    [InlineData("location.city")]
    public async Task Need_fields_round_trip_exactly_or_answer_400(string field)
    {
        var coop = await world.CreateCoopAsync();
        var body = JsonSerializer.SerializeToNode(ApiWorld.ValidNeed(), MatchmakerJson.Options)!;

        var accepted = await CheckAllAsync(field, body, "/api/needs", coop.Key, async (response, value) =>
        {
            var id = (await response.Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<string>();
            var read = await world.SendAsync(HttpMethod.Get, $"/api/needs/{id}", coop.Key);
            return JsonPath.Get((await read.Content.ReadFromJsonAsync<JsonNode>())!, field)?.GetValue<string>();
        });

        Assert.True(accepted > 400, $"only {accepted} strings were accepted in {field}");
    }

    [Theory]
    [InlineData("name", nameof(CoopEntity.Name))]
    [InlineData("contactEmail", nameof(CoopEntity.ContactEmail))]
    [InlineData("city", nameof(CoopEntity.City))]
    public async Task Coop_fields_are_stored_exactly_or_answer_400(string field, string property)
    {
        var body = JsonSerializer.SerializeToNode(new CoopInput("Test Co-op", "hello@coop.example.org", "Leeds", "GB"), MatchmakerJson.Options)!;
        var table = new TableServiceClient(world.StorageConnectionString).GetTableClient(StorageNames.CoopsTable);

        await CheckAllAsync(field, body, "/api/coops", ApiWorld.CoordinatorKey, async (response, value) =>
        {
            var id = (await response.Content.ReadFromJsonAsync<CoopCreated>())!.Id;
            return (await table.GetEntityAsync<TableEntity>(id, CoopEntity.Row)).Value.GetString(property);
        });
    }

    [Fact]
    public async Task Confirmation_codes_never_cause_a_5xx()
    {
        var profile = await world.CreateProfileAsync();
        var body = JsonSerializer.SerializeToNode(new ConfirmInput("x"), MatchmakerJson.Options)!;
        var statuses = new ConcurrentBag<int>();

        await Parallel.ForEachAsync(NaughtyStrings.All, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (value, cancellationToken) =>
        {
            var content = new StringContent(JsonPath.WithString(body, "code", value), Encoding.UTF8, "application/json");
            using var response = await world.SendAsync(HttpMethod.Post, $"/api/profiles/{profile.Id}/confirm", null, content);
            statuses.Add((int)response.StatusCode);
        });

        Assert.All(statuses, status => Assert.Equal(400, status));
    }

    private async Task<int> CheckAllAsync(
        string field, JsonNode body, string route, string? bearer, Func<HttpResponseMessage, string, Task<string?>> readBack)
    {
        var failures = new ConcurrentBag<string>();
        var accepted = 0;
        await Parallel.ForEachAsync(NaughtyStrings.All, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (value, cancellationToken) =>
        {
            using var response = await SendRetryingOutagesAsync(route, bearer, JsonPath.WithString(body, field, value), cancellationToken);
            switch (response.StatusCode)
            {
                case HttpStatusCode.Created:
                    Interlocked.Increment(ref accepted);
                    var stored = await readBack(response, value);
                    if (!string.Equals(stored, value, StringComparison.Ordinal))
                    {
                        failures.Add($"{Show(value)} came back as {Show(stored)}");
                    }

                    break;
                case HttpStatusCode.BadRequest:
                    var problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
                    if (response.Content.Headers.ContentType?.MediaType != Problems.ContentType || !problem.GetProperty("errors").TryGetProperty(field, out JsonElement _))
                    {
                        failures.Add($"{Show(value)}: 400 without an error for {field}: {problem}");
                    }

                    break;
                default:
                    failures.Add($"{Show(value)}: {(int)response.StatusCode}");
                    break;
            }
        });

        Assert.True(
            failures.IsEmpty,
            $"{failures.Count} failures in {field}, e.g.:\n{string.Join('\n', failures.Take(10))}\nServer errors:\n{world.App.Errors.Describe()}");
        return accepted;
    }

    /// <summary>
    /// A 503 with Retry-After says storage was briefly unavailable (this machine runs many tests at once), not
    /// that the input was bad: like any client, wait and send again, a few times, before counting it.
    /// </summary>
    private async Task<HttpResponseMessage> SendRetryingOutagesAsync(string route, string? bearer, string json, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await world.SendAsync(HttpMethod.Post, route, bearer, new StringContent(json, Encoding.UTF8, "application/json"));
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || attempt == 3 || response.Headers.RetryAfter?.Delta is not { } wait)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(wait, cancellationToken);
        }
    }

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Show(string? value) => value is null ? "null" : JsonSerializer.Serialize(value, Readable);
}
