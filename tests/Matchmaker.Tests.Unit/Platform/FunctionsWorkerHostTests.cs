using Matchmaker.Platform.Hosting;
using Matchmaker.Platform.Hosting.Standalone;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Unit.Platform;

/// <summary>
/// Core Tools cannot be installed here, so this builds the worker exactly as the Functions host would
/// start it and checks that every function class can be created from its container.
/// </summary>
public sealed class FunctionsWorkerHostTests
{
    [Fact]
    public void Every_function_class_resolves_from_the_workers_container()
    {
        using var host = FunctionsWorkerHost.Create(["--AzureWebJobsStorage=UseDevelopmentStorage=true"]);
        using var scope = host.Services.CreateScope();

        var functions = FunctionCatalog.Discover(typeof(StandaloneHost).Assembly);

        Assert.NotEmpty(functions);
        Assert.All(functions, f => Assert.NotNull(ActivatorUtilities.CreateInstance(scope.ServiceProvider, f.FunctionType)));
    }
}
