using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Matchmaker.Platform.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Platform.Poison;

/// <summary>Puts one poison message back on its queue, at a coordinator's request (audited).</summary>
public sealed class ReplayPoisonMessage(PoisonMessages poison)
{
    [Function(nameof(ReplayPoisonMessage))]
    [RequiresRole(CallerRole.Coordinator)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "poison/{queue}/{messageId}/replay")] HttpRequest request,
        string queue,
        string messageId,
        CancellationToken cancellationToken)
    {
        if (!StorageNames.Queues.Contains(queue, StringComparer.Ordinal))
        {
            return Problems.Validation("queue", $"Must be one of: {string.Join(", ", StorageNames.Queues)}.");
        }

        if (messageId.Length is 0 or > 64 || !messageId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return Problems.Validation("messageId", "Not a message id.");
        }

        return await poison.ReplayAsync(queue, messageId, request.HttpContext.GetCaller(), cancellationToken)
            ? new AcceptedResult((string?)null, new PoisonReplayed(queue, messageId))
            : Problems.NotFound();
    }
}
