using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Platform.Hosting;

/// <summary>
/// Finds the functions of an assembly the way the Worker SDK's generator does: public methods with
/// <c>[Function]</c> and one trigger parameter. Anything the standalone host could not run the way the
/// Functions host would is refused here, at start-up, rather than behaving differently later.
/// </summary>
public static class FunctionCatalog
{
    private static readonly Type[] SupportedTriggers =
        [typeof(HttpTriggerAttribute), typeof(QueueTriggerAttribute), typeof(TimerTriggerAttribute)];

    private static readonly Lazy<IReadOnlyDictionary<string, FunctionDescriptor>> AppFunctions =
        new(() => Discover(typeof(FunctionCatalog).Assembly).ToDictionary(f => f.Name, StringComparer.Ordinal));

    /// <summary>The functions of this app, by name.</summary>
    public static IReadOnlyDictionary<string, FunctionDescriptor> App => AppFunctions.Value;

    public static IReadOnlyList<FunctionDescriptor> Discover(Assembly assembly) => Discover(assembly.GetExportedTypes());

    public static IReadOnlyList<FunctionDescriptor> Discover(IEnumerable<Type> types) =>
        [.. types
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Select(method => (method, function: method.GetCustomAttribute<FunctionAttribute>()))
            .Where(pair => pair.function is not null)
            .Select(pair => Describe(pair.function!.Name, pair.method))
            .OrderBy(function => function.Name, StringComparer.Ordinal)];

    private static FunctionDescriptor Describe(string name, MethodInfo method)
    {
        var triggers = method.GetParameters()
            .Select(parameter => (parameter, attribute: parameter.GetCustomAttributes()
                .FirstOrDefault(attribute => attribute.GetType().Name.EndsWith("TriggerAttribute", StringComparison.Ordinal))))
            .Where(pair => pair.attribute is not null)
            .ToList();
        if (triggers.Count != 1)
        {
            throw new InvalidOperationException($"Function '{name}' must have exactly one trigger parameter.");
        }

        var (parameter, trigger) = triggers[0];
        if (!SupportedTriggers.Contains(trigger!.GetType()))
        {
            throw new NotSupportedException($"Function '{name}': the standalone host does not run {trigger.GetType().Name}.");
        }

        if (trigger is HttpTriggerAttribute { AuthLevel: not AuthorizationLevel.Anonymous })
        {
            throw new NotSupportedException($"Function '{name}': HTTP functions are anonymous to the host; Matchmaker authorises callers itself.");
        }

        if (trigger is QueueTriggerAttribute { Connection: { Length: > 0 } connection } && connection != "AzureWebJobsStorage")
        {
            throw new NotSupportedException($"Function '{name}': only the AzureWebJobsStorage connection is supported.");
        }

        return new FunctionDescriptor(name, method.DeclaringType!, method, parameter, trigger);
    }
}
