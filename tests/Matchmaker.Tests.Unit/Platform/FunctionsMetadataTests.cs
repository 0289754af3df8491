using System.Reflection;
using System.Text.Json;
using Matchmaker.Platform.Hosting;
using Matchmaker.Platform.Hosting.Standalone;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Tests.Unit.Platform;

/// <summary>
/// The Functions host reads the build's generated functions.metadata; the standalone host reads the
/// attributes. Both must describe the same functions, or the two hosts serve different apps.
/// </summary>
public sealed class FunctionsMetadataTests
{
    private static readonly IReadOnlyList<FunctionDescriptor> Discovered = FunctionCatalog.Discover(typeof(StandaloneHost).Assembly);

    private static readonly Dictionary<string, JsonElement> Metadata = LoadMetadata();

    [Fact]
    public void Lists_every_function_the_standalone_host_runs() =>
        Assert.Equal(Discovered.Select(f => f.Name).Order(), Metadata.Keys.Order());

    [Fact]
    public void Points_each_function_at_the_same_method()
    {
        foreach (var function in Discovered)
        {
            Assert.Equal($"{function.FunctionType.FullName}.{function.Method.Name}", Metadata[function.Name].GetProperty("entryPoint").GetString());
        }
    }

    [Fact]
    public void Declares_the_same_trigger_with_the_same_route_methods_queue_and_schedule()
    {
        foreach (var function in Discovered)
        {
            var binding = TriggerBinding(Metadata[function.Name]);
            switch (function.Trigger)
            {
                case HttpTriggerAttribute http:
                    Assert.Equal("httpTrigger", binding.GetProperty("type").GetString());
                    Assert.Equal(http.Route, binding.GetProperty("route").GetString());
                    Assert.Equal(http.Methods!.Order(), binding.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!).Order());
                    Assert.Equal("Anonymous", binding.GetProperty("authLevel").GetString());
                    break;
                case QueueTriggerAttribute queue:
                    Assert.Equal("queueTrigger", binding.GetProperty("type").GetString());
                    Assert.Equal(queue.QueueName, binding.GetProperty("queueName").GetString());
                    break;
                case TimerTriggerAttribute timer:
                    Assert.Equal("timerTrigger", binding.GetProperty("type").GetString());
                    Assert.Equal(timer.Schedule, binding.GetProperty("schedule").GetString());
                    break;
                default:
                    Assert.Fail($"Unexpected trigger on {function.Name}");
                    break;
            }
        }
    }

    private static JsonElement TriggerBinding(JsonElement function) =>
        function.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));

    private static Dictionary<string, JsonElement> LoadMetadata()
    {
        var configuration = typeof(FunctionsMetadataTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var path = Repository.Path("functions", "bin", configuration, "net10.0", "functions.metadata");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.Clone());
    }
}
