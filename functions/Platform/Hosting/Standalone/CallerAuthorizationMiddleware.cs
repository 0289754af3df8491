using Matchmaker.Platform.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace Matchmaker.Platform.Hosting.Standalone;

/// <summary>Applies <see cref="CallerAuthorization"/> to the function an endpoint runs.</summary>
public sealed class CallerAuthorizationMiddleware(RequestDelegate next, CallerAuthorization authorization)
{
    public async Task InvokeAsync(HttpContext context)
    {
        SecurityHeaders.Apply(context.Response);
        if (context.GetEndpoint()?.Metadata.GetMetadata<FunctionDescriptor>() is not { } function)
        {
            await next(context);
            return;
        }

        var denial = await authorization.AuthorizeAsync(context, function.Method, context.GetRouteValue("id")?.ToString());
        if (denial is null)
        {
            await next(context);
        }
        else
        {
            await denial.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
        }
    }
}
