using Matchmaker.Platform.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace Matchmaker.Platform.Hosting;

/// <summary>Under the Functions host: turns a storage outage inside an HTTP function into a 503 with Retry-After.</summary>
public sealed class OutageWorkerMiddleware : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        using var writes = StorageWrites.Track();
        try
        {
            await next(context);
        }
        catch (Exception exception) when (Outage.IsOutageOrTimeout(exception, context.CancellationToken) && context.GetHttpContext() is { Response.HasStarted: false } http)
        {
            await OutageResponse.WriteAsync(http, writes.AnyAttempted);
        }
    }
}
