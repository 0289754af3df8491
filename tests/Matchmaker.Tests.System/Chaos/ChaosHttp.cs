using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Matchmaker.Tests.System.Chaos;

/// <summary>
/// Sends the chaos clients' requests to the app process and files every answer in the <see cref="ChaosLedger"/>:
/// a request that got no answer (the app was down, or it timed out) counts under status 0, and any 5xx but a 503
/// carrying Retry-After is unexcused.
/// </summary>
public sealed class ChaosHttp(Uri address, ChaosLedger ledger) : IDisposable
{
    private readonly HttpClient client = new() { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };

    /// <param name="action">What the request is for, as the figures list it (never an id or an address).</param>
    /// <returns>The answer, or null when none came.</returns>
    public async Task<ChaosAnswer?> SendAsync(string action, HttpMethod method, string path, string? bearer = null, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType());
        }

        try
        {
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            ledger.Record(action, status);
            if (status >= 500 && !(response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null))
            {
                var text = await response.Content.ReadAsStringAsync();
                ledger.Unexcused.Enqueue($"{action}: {status} {text[..Math.Min(text.Length, 300)]}");
            }

            JsonElement? json = response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "application/json"
                ? await response.Content.ReadFromJsonAsync<JsonElement>()
                : null;
            return new ChaosAnswer(response.StatusCode, json);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            ledger.Record(action, 0);
            return null;
        }
    }

    public void Dispose() => client.Dispose();
}
