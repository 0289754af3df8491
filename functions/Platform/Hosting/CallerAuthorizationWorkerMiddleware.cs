using Matchmaker.Platform.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace Matchmaker.Platform.Hosting;

/// <summary>Under the Functions host: applies <see cref="CallerAuthorization"/> before an HTTP function runs.</summary>
public sealed class CallerAuthorizationWorkerMiddleware(CallerAuthorization authorization) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.GetHttpContext() is not { } http || !FunctionCatalog.App.TryGetValue(context.FunctionDefinition.Name, out var function))
        {
            await next(context);
            return;
        }

        SecurityHeaders.Apply(http.Response);
        var routeId = context.BindingContext.BindingData.TryGetValue("id", out var id) ? id?.ToString() : null;
        var denial = await authorization.AuthorizeAsync(http, function.Method, routeId);
        if (denial is null)
        {
            await next(context);
        }
        else
        {
            await denial.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor()));
        }
    }
}
