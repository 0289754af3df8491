using System.Net;
using System.Text.Json;
using Matchmaker.Profiles;

namespace Matchmaker.Tests.System.Chaos;

/// <summary>A newcomer confirming with the code from their confirmation email, as the chaos loads' clients do it.</summary>
public static class ChaosConfirmation
{
    /// <summary>Confirms the profile and records it and its owner token in the ledger; true once nothing is left to do.</summary>
    public static async Task<bool> ConfirmAsync(ChaosHttp http, ChaosLedger ledger, string id, string code)
    {
        var answer = await http.SendAsync("confirm profile", HttpMethod.Post, $"/api/profiles/{id}/confirm", body: new ConfirmInput(code));
        if (answer is { Status: HttpStatusCode.OK })
        {
            ledger.Confirmed[id] = true;
            if (answer.Body?.GetProperty("ownerToken") is { ValueKind: JsonValueKind.String } token)
            {
                ledger.Profiles[id] = token.GetString()!;
            }
        }

        // Confirmed now or before (an answer lost to a fault may have gone through): either way done.
        return answer is { Status: HttpStatusCode.OK or HttpStatusCode.Conflict or HttpStatusCode.Gone or HttpStatusCode.BadRequest };
    }
}
