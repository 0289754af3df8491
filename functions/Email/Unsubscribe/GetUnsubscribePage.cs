using Matchmaker.Platform.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Email.Unsubscribe;

/// <summary>The unsubscribe link opened in a browser: a page asking to confirm with a button. It changes nothing.</summary>
public sealed class GetUnsubscribePage(UnsubscribeLinks links, UnsubscribePages pages)
{
    [Function(nameof(GetUnsubscribePage))]
    [RequiresRole(CallerRole.Anonymous)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "unsubscribe")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (UnsubscribeToken.FromQuery(request) is not { } token)
        {
            return await pages.MissingAsync(request);
        }

        return await links.IsKnownAsync(token, cancellationToken) ? await pages.ConfirmAsync(request, token) : await pages.UnknownAsync(request);
    }
}
