using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Matchmaker.Introductions;
using Matchmaker.Platform.Storage;

namespace Matchmaker.Tests.System.Chaos;

/// <summary>
/// The writes a chaos run's clients saw acknowledged, checked afterwards: each reads back through the API as
/// its owner, each approval made its introduction and each acknowledged answer is recorded on it.
/// </summary>
public sealed class LedgerChecks(Uri address, string coordinatorKey, ChaosLedger ledger, TableServiceClient tables)
{
    /// <summary>Every 201 (and every 200 that changed something) is there, read through the API as its owner.</summary>
    public async Task ReadBackAsync(ChaosVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        var lost = new List<string>();
        foreach (var (id, token) in ledger.Profiles)
        {
            var (status, body) = await GetAsync(client, $"/api/profiles/{id}", token);
            var expected = ledger.Confirmed.ContainsKey(id) ? "active" : null;
            if (status != HttpStatusCode.OK || (expected is not null && body?.GetProperty("status").GetString() != expected))
            {
                lost.Add($"profile {id}: {(int)status} {body?.GetProperty("status").GetString()}");
            }
        }

        foreach (var (id, key) in ledger.Needs)
        {
            if ((await GetAsync(client, $"/api/needs/{id}", key)).Status != HttpStatusCode.OK)
            {
                lost.Add($"need {id}");
            }
        }

        foreach (var (id, needId) in ledger.Approvals)
        {
            var (status, body) = await GetAsync(client, $"/api/suggestions?needId={needId}&status=approved", coordinatorKey);
            if (status != HttpStatusCode.OK || !body!.Value.GetProperty("items").EnumerateArray().Any(item => item.GetProperty("id").GetString() == id))
            {
                lost.Add($"approval of suggestion {id}");
            }
        }

        verdict.Figure("acknowledged: profiles created", ledger.Profiles.Count);
        verdict.Figure("acknowledged: profiles confirmed", ledger.Confirmed.Count);
        verdict.Figure("acknowledged: needs posted", ledger.Needs.Count);
        verdict.Figure("acknowledged: suggestions approved", ledger.Approvals.Count);
        verdict.Figure("acknowledged: introduction answers", ledger.Answers.Count);
        verdict.Figure("acknowledged writes lost", lost.Count);
        verdict.ProblemsOf("Acknowledged writes not found afterwards", lost);
    }

    /// <summary>Every approval made an introduction, and every acknowledged answer is recorded on it.</summary>
    public async Task<IReadOnlyList<IntroductionEntity>> IntroductionsAsync(ChaosVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var introductions = new List<IntroductionEntity>();
        await foreach (var entity in tables.GetTableClient(StorageNames.IntroductionsTable).QueryAsync<IntroductionEntity>(TableClient.CreateQueryFilter($"RowKey eq {IntroductionEntity.Row}")))
        {
            introductions.Add(entity);
        }

        var bySuggestion = introductions.ToDictionary(entity => entity.SuggestionId, StringComparer.Ordinal);
        var byId = introductions.ToDictionary(entity => entity.Id, StringComparer.Ordinal);
        var missing = ledger.Approvals.Keys.Where(id => !bySuggestion.ContainsKey(id)).Select(id => $"no introduction for approved suggestion {id}")
            .Concat(ledger.Answers.Where(pair => !byId.TryGetValue(pair.Key.IntroductionId, out var entity) || entity.AnswerOf(pair.Key.Side) != pair.Value)
                .Select(pair => $"answer {pair.Value} of the {pair.Key.Side} to introduction {pair.Key.IntroductionId} not recorded"))
            .ToList();
        foreach (var group in introductions.GroupBy(entity => entity.Status).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            verdict.Figure($"introductions: {group.Key}", group.Count());
        }

        verdict.ProblemsOf("Introductions missing their approval or answer", missing);
        return introductions;
    }

    private static async Task<(HttpStatusCode Status, JsonElement? Body)> GetAsync(HttpClient client, string path, string bearer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : null);
    }
}
