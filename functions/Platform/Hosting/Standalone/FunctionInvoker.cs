using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Platform.Hosting.Standalone;

/// <summary>
/// Calls a function method the way the isolated worker does: a new instance of the function class from
/// the invocation's service scope, arguments bound by the caller, and the result awaited.
/// </summary>
public static class FunctionInvoker
{
    public static async Task<object?> InvokeAsync(
        FunctionDescriptor function, IServiceProvider services, Func<ParameterInfo, object?> bind)
    {
        var instance = function.Method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, function.FunctionType);
        var arguments = function.Method.GetParameters().Select(bind).ToArray();
        object? returned;
        try
        {
            returned = function.Method.Invoke(instance, arguments);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
            throw;
        }

        return await UnwrapAsync(returned);
    }

    private static async Task<object?> UnwrapAsync(object? returned)
    {
        switch (returned)
        {
            case Task task:
                await task;
                var type = task.GetType();
                return type.IsGenericType && type.GetGenericArguments()[0].Name != "VoidTaskResult"
                    ? type.GetProperty(nameof(Task<object>.Result))!.GetValue(task)
                    : null;
            case ValueTask valueTask:
                await valueTask;
                return null;
            default:
                return returned?.GetType() is { IsGenericType: true } t && t.GetGenericTypeDefinition() == typeof(ValueTask<>)
                    ? await UnwrapAsync(t.GetMethod(nameof(ValueTask<object>.AsTask))!.Invoke(returned, null))
                    : returned;
        }
    }
}
