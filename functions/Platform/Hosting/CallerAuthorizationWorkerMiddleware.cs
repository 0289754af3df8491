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
        if (context.GetHttpContext() is not { } http)
        {
            await next(context);
            return;
        }

        SecurityHeaders.Apply(http.Response);
        var routeId = context.BindingContext.BindingData.TryGetValue("id", out var id) ? id?.ToString() : null;
        // An HTTP function the catalog does not know is refused, not run: its role cannot be checked.
        var denial = FunctionCatalog.App.TryGetValue(context.FunctionDefinition.Name, out var function)
            ? await authorization.AuthorizeAsync(http, function.Method, routeId)
            : CallerAuthorization.Undeclared();
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
