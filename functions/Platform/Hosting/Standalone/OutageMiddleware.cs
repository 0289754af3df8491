using Matchmaker.Platform.Storage;
using Microsoft.AspNetCore.Http;

namespace Matchmaker.Platform.Hosting.Standalone;

/// <summary>Turns a storage outage or timeout inside any HTTP function into a 503 with Retry-After.</summary>
public sealed class OutageMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        using var writes = StorageWrites.Track();
        try
        {
            await next(context);
        }
        catch (Exception exception) when (Outage.IsOutageOrTimeout(exception, context.RequestAborted) && !context.Response.HasStarted)
        {
            await OutageResponse.WriteAsync(context, writes.AnyAttempted);
        }
    }
}
