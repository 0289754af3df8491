using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matchmaker.Platform.Http;
using Matchmaker.Profiles;

namespace Matchmaker.Tests.Storage.Platform;

/// <summary>
/// Sends every naughty string in one string field of a create body and checks each answer: never a 5xx;
/// either created and read back code-point for code-point, or a 400 problem naming the field. Used by the
/// naughty-string tests of profiles, needs and co-ops, each class with an app of its own so they run side by side.
/// </summary>
public sealed class NaughtyStringRoundTrip(ApiWorld world)
{
    // Strings go eight at a time: enough to keep the app and Azurite busy, few enough not to starve other tests.
    public const int Concurrency = 8;

    /// <summary>Checks every string in one field of a new profile, read back with its owner token; returns how many were accepted.</summary>
    public Task<int> CheckProfileFieldAsync(string field) =>
        CheckAllAsync(field, JsonSerializer.SerializeToNode(TestProfiles.Valid(), MatchmakerJson.Options)!, "/api/profiles", null, async (response, _) =>
        {
            var created = (await response.Content.ReadFromJsonAsync<ProfileCreated>())!;
            var read = await world.SendAsync(HttpMethod.Get, $"/api/profiles/{created.Id}", created.OwnerToken);
            return JsonPath.Get((await read.Content.ReadFromJsonAsync<JsonNode>())!, field)?.GetValue<string>();
        });

    /// <summary>Checks every string in one field of a new need of a new co-op, read back with its key; returns how many were accepted.</summary>
    public async Task<int> CheckNeedFieldAsync(string field)
    {
        var coop = await world.CreateCoopAsync();
        var body = JsonSerializer.SerializeToNode(ApiWorld.ValidNeed(), MatchmakerJson.Options)!;
        return await CheckAllAsync(field, body, "/api/needs", coop.Key, async (response, _) =>
        {
            var id = (await response.Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<string>();
            var read = await world.SendAsync(HttpMethod.Get, $"/api/needs/{id}", coop.Key);
            return JsonPath.Get((await read.Content.ReadFromJsonAsync<JsonNode>())!, field)?.GetValue<string>();
        });
    }

    /// <summary>Checks every string in <paramref name="field"/>; returns how many were accepted (201).</summary>
    /// <param name="readBack">Reads the created object back and returns the field's stored value.</param>
    public async Task<int> CheckAllAsync(
        string field, JsonNode body, string route, string? bearer, Func<HttpResponseMessage, string, Task<string?>> readBack)
    {
        var failures = new ConcurrentBag<string>();
        var accepted = 0;
        await Parallel.ForEachAsync(NaughtyStrings.All, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (value, cancellationToken) =>
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
