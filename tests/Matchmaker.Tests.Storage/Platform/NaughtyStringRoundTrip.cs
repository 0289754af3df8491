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
/// Sends every naughty string in string fields of a create body and checks each answer: never a 5xx; either
/// created and read back code-point for code-point, or a 400 problem naming the field. Each string goes into all
/// the given fields of one body first: when that is created, one request has checked them all; when it is refused,
/// the string is sent again in each field alone, so every field still answers for itself. Used by the
/// naughty-string tests of profiles, needs and co-ops, each class with an app of its own so they run side by side.
/// </summary>
public sealed class NaughtyStringRoundTrip(ApiWorld world)
{
    // Strings go eight at a time: enough to keep the app and Azurite busy, few enough not to starve other tests.
    public const int Concurrency = 8;

    /// <summary>Checks every string in the fields of a new profile, read back with its owner token; returns how many each field accepted.</summary>
    public Task<IReadOnlyDictionary<string, int>> CheckProfileFieldsAsync(params string[] fields) =>
        CheckAllAsync(fields, JsonSerializer.SerializeToNode(TestProfiles.Valid(), MatchmakerJson.Options)!, "/api/profiles", null, async response =>
        {
            var created = (await response.Content.ReadFromJsonAsync<ProfileCreated>())!;
            var read = await world.SendAsync(HttpMethod.Get, $"/api/profiles/{created.Id}", created.OwnerToken);
            return StringsOf((await read.Content.ReadFromJsonAsync<JsonNode>())!);
        });

    /// <summary>Checks every string in the fields of a new need of a new co-op, read back with its key; returns how many each field accepted.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CheckNeedFieldsAsync(params string[] fields)
    {
        var coop = await world.CreateCoopAsync();
        var body = JsonSerializer.SerializeToNode(ApiWorld.ValidNeed(), MatchmakerJson.Options)!;
        return await CheckAllAsync(fields, body, "/api/needs", coop.Key, async response =>
        {
            var id = (await response.Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<string>();
            var read = await world.SendAsync(HttpMethod.Get, $"/api/needs/{id}", coop.Key);
            return StringsOf((await read.Content.ReadFromJsonAsync<JsonNode>())!);
        });
    }

    /// <summary>Checks every string in <paramref name="fields"/>; returns how many each field accepted (201).</summary>
    /// <param name="readBack">Reads the created object back and returns a look-up of a field's stored value.</param>
    public async Task<IReadOnlyDictionary<string, int>> CheckAllAsync(
        IReadOnlyList<string> fields, JsonNode body, string route, string? bearer, Func<HttpResponseMessage, Task<Func<string, string?>>> readBack)
    {
        var failures = new ConcurrentBag<string>();
        var accepted = new ConcurrentDictionary<string, int>(fields.Select(f => KeyValuePair.Create(f, 0)));
        await Parallel.ForEachAsync(NaughtyStrings.All, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, (value, cancellationToken) =>
            new ValueTask(CheckAsync(fields, value, cancellationToken)));

        Assert.True(
            failures.IsEmpty,
            $"{failures.Count} failures, e.g.:\n{string.Join('\n', failures.Take(10))}\nServer errors:\n{world.App.Errors.Describe()}");
        return accepted;

        async Task CheckAsync(IReadOnlyList<string> inFields, string value, CancellationToken cancellationToken)
        {
            using var response = await SendRetryingOutagesAsync(route, bearer, JsonPath.WithString(body, inFields, value), cancellationToken);
            switch (response.StatusCode)
            {
                case HttpStatusCode.Created:
                    var stored = await readBack(response);
                    foreach (var field in inFields)
                    {
                        accepted.AddOrUpdate(field, 1, (_, count) => count + 1);
                        if (!string.Equals(stored(field), value, StringComparison.Ordinal))
                        {
                            failures.Add($"{field}: {Show(value)} came back as {Show(stored(field))}");
                        }
                    }

                    break;
                case HttpStatusCode.BadRequest when inFields.Count > 1:
                    foreach (var field in inFields)
                    {
                        await CheckAsync([field], value, cancellationToken);
                    }

                    break;
                case HttpStatusCode.BadRequest:
                    var problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
                    if (response.Content.Headers.ContentType?.MediaType != Problems.ContentType || !problem.GetProperty("errors").TryGetProperty(inFields[0], out JsonElement _))
                    {
                        failures.Add($"{inFields[0]}: {Show(value)}: 400 without an error for the field: {problem}");
                    }

                    break;
                default:
                    failures.Add($"{string.Join(", ", inFields)}: {Show(value)}: {(int)response.StatusCode}");
                    break;
            }
        }
    }

    private static Func<string, string?> StringsOf(JsonNode read) => field => JsonPath.Get(read, field)?.GetValue<string>();

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
