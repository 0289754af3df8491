using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Email.Unsubscribe;

/// <summary>The unsubscribe link opened in a browser: a page asking to confirm with a button. It changes nothing.</summary>
public sealed class GetUnsubscribePage(UnsubscribeLinks links)
{
    [Function(nameof(GetUnsubscribePage))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "unsubscribe")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (UnsubscribeToken.FromQuery(request) is not { } token)
        {
            return UnsubscribePages.Missing(request);
        }

        return await links.IsKnownAsync(token, cancellationToken) ? UnsubscribePages.Confirm(request, token) : UnsubscribePages.Unknown(request);
    }
}
