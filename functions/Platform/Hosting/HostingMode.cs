namespace Matchmaker.Platform.Hosting;

/// <summary>
/// Tells whether the process was started by the Azure Functions host (Core Tools or Azure) or by a plain
/// <c>dotnet run</c>, from the arguments and environment the host gives its worker.
/// </summary>
public static class HostingMode
{
    private static readonly string[] HostArguments =
        ["--functions-uri", "--functions-worker-id", "--functions-request-id", "--host", "--workerId", "--requestId"];

    private static readonly string[] HostVariables =
        ["Functions__Worker__HostEndpoint", "AZURE_FUNCTIONS_NATIVE_HOST", "FUNCTIONS_WORKER_RUNTIME"];

    public static bool IsFunctionsHost(IReadOnlyList<string> args, Func<string, string?> environment) =>
        args.Any(arg => HostArguments.Contains(arg.Split('=')[0], StringComparer.OrdinalIgnoreCase))
        || HostVariables.Any(name => !string.IsNullOrEmpty(environment(name)));

    public static bool IsFunctionsHost(IReadOnlyList<string> args) =>
        IsFunctionsHost(args, Environment.GetEnvironmentVariable);
}
