using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Matchmaker.Email.Events;

/// <summary>
/// SendGrid's Event Webhook. Anonymous to the host, but every request must carry a valid, fresh signature
/// over its raw body. It only stores the batch and queues its name: SendGrid waits for the answer, and
/// anything but a 2xx makes it retry for 24 hours.
/// </summary>
public sealed partial class ReceiveEmailEvents(EventWebhookSignature signature, EmailEventBatches batches, ILogger<ReceiveEmailEvents> logger)
{
    /// <summary>SendGrid posts batches of up to about 768 KB; this leaves room and still bounds memory.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    [Function(nameof(ReceiveEmailEvents))]

    [RequiresRole(CallerRole.Anonymous)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "email/events")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!signature.IsConfigured)
        {
            // 503 rather than 404: the route exists but is switched off, and SendGrid keeps retrying for a
            // day, so no event is lost while an operator sets the key.
            return Problems.Status(
                StatusCodes.Status503ServiceUnavailable,
                "The email event webhook is not configured.",
                "Set Matchmaker:Email:EventWebhookPublicKey to SendGrid's verification key.");
        }

        if (await RawBody.ReadAsync(request, MaxBytes, cancellationToken) is not { } body)
        {
            return Problems.TooLarge(MaxBytes);
        }

        var check = signature.Verify(
            request.Headers[EventWebhookSignature.SignatureHeader], request.Headers[EventWebhookSignature.TimestampHeader], body);
        if (check != SignatureCheck.Valid)
        {
            LogRefused(logger, check);
            return Problems.Status(
                StatusCodes.Status401Unauthorized,
                "The request is not signed by SendGrid.",
                $"The {EventWebhookSignature.SignatureHeader} and {EventWebhookSignature.TimestampHeader} headers must sign the body as sent, within 300 seconds.");
        }

        // Only the first byte is looked at here: the handler must answer fast, and the processor reads each item.
        var content = body.AsSpan().TrimStart(" \t\r\n"u8);
        if (content.IsEmpty || content[0] != (byte)'[')
        {
            return Problems.Validation("body", "A JSON array of events is required.");
        }

        var batch = await batches.StoreAsync(body, cancellationToken);
        LogReceived(logger, batch, body.Length);
        return new NoContentResult();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an email events request: {Check}")]
    private static partial void LogRefused(ILogger logger, SignatureCheck check);

    [LoggerMessage(Level = LogLevel.Information, Message = "Received email events batch {Batch} ({Bytes} bytes), queued for processing")]
    private static partial void LogReceived(ILogger logger, string batch, int bytes);
}
