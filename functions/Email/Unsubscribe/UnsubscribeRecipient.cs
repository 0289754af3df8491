using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Email.Unsubscribe;

/// <summary>
/// The one-click unsubscribe (RFC 8058): the address is suppressed before the answer, and a repeat answers
/// the same. Browsers (the confirm page's button) get a page; mail clients and scripts get JSON.
/// </summary>
public sealed class UnsubscribeRecipient(UnsubscribeLinks links, UnsubscribePages pages)
{
    [Function(nameof(UnsubscribeRecipient))]
    [RequiresRole(CallerRole.Anonymous)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "unsubscribe")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var html = UnsubscribePages.WantsHtml(request);
        var (token, problem) = await UnsubscribeToken.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return html ? await pages.MissingAsync(request) : problem;
        }

        if (!await links.UnsubscribeAsync(token!, cancellationToken))
        {
            return html ? await pages.UnknownAsync(request) : Problems.NotFound();
        }

        return html ? await pages.DoneAsync(request) : new OkObjectResult(UnsubscribeResult.Unsubscribed);
    }
}
