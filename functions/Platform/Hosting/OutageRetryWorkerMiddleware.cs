using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace Matchmaker.Platform.Hosting;

/// <summary>Under the Functions host: a queue-triggered function runs again through an outage (<see cref="OutageRetry"/>), as under the standalone host.</summary>
public sealed class OutageRetryWorkerMiddleware(OutageRetry retry) : IFunctionsWorkerMiddleware
{
    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var queueTriggered = context.FunctionDefinition.InputBindings.Values.Any(b => b.Type.Equals("queueTrigger", StringComparison.OrdinalIgnoreCase));
        return queueTriggered
            ? retry.RunAsync(context.FunctionDefinition.Name, () => next(context), context.CancellationToken)
            : next(context);
    }
}
