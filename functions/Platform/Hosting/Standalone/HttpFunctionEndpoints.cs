using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Platform.Hosting.Standalone;

/// <summary>Maps every HTTP-triggered function to an endpoint at <c>/api/{route}</c>, as the Functions host does.</summary>
public static class HttpFunctionEndpoints
{
    public const string RoutePrefix = "api";

    public static void MapHttpFunctions(this IEndpointRouteBuilder endpoints, IEnumerable<FunctionDescriptor> functions)
    {
        foreach (var function in functions.Where(f => f.Trigger is HttpTriggerAttribute))
        {
            var trigger = (HttpTriggerAttribute)function.Trigger;
            var pattern = $"{RoutePrefix}/{trigger.Route ?? function.Name}";
            var builder = trigger.Methods is { Length: > 0 } methods
                ? endpoints.MapMethods(pattern, methods.Select(m => m.ToUpperInvariant()), context => InvokeAsync(function, context))
                : endpoints.Map(pattern, context => InvokeAsync(function, context));
            builder.WithName(function.Name).WithMetadata(function);
        }
    }

    private static async Task InvokeAsync(FunctionDescriptor function, HttpContext context)
    {
        var result = await FunctionInvoker.InvokeAsync(function, context.RequestServices, parameter => Bind(function, parameter, context));
        switch (result)
        {
            case IActionResult actionResult:
                await actionResult.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
                break;
            case IResult httpResult:
                await httpResult.ExecuteAsync(context);
                break;
            case null:
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                break;
            default:
                await context.Response.WriteAsJsonAsync(result, result.GetType(), context.RequestAborted);
                break;
        }
    }

    private static object? Bind(FunctionDescriptor function, ParameterInfo parameter, HttpContext context)
    {
        if (parameter == function.TriggerParameter)
        {
            return parameter.ParameterType == typeof(HttpRequest)
                ? context.Request
                : throw new NotSupportedException($"Function '{function.Name}': the HTTP trigger must bind to HttpRequest.");
        }

        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return context.RequestAborted;
        }

        var value = context.GetRouteValue(parameter.Name!)?.ToString();
        return parameter.ParameterType == typeof(string)
            ? value
            : value is null ? null : Convert.ChangeType(value, parameter.ParameterType, System.Globalization.CultureInfo.InvariantCulture);
    }
}
