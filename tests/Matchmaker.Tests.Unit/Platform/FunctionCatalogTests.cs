using System.Reflection;
using Matchmaker.Platform.Auth;
using Matchmaker.Platform.Hosting;
using Matchmaker.Platform.Hosting.Standalone;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Matchmaker.Tests.Unit.Platform;

public sealed class FunctionCatalogTests
{
    [Fact]
    public void Finds_the_apps_http_queue_and_named_functions()
    {
        var functions = FunctionCatalog.Discover(typeof(StandaloneHost).Assembly);

        Assert.Contains(functions, f => f.Name == "CheckHealth" && f.Trigger is HttpTriggerAttribute { Route: "health" });
        Assert.Contains(functions, f => f.Name == "MatchProfile" && f.Trigger is QueueTriggerAttribute { QueueName: "profile-updates" });
        Assert.Equal(functions.Count, functions.Select(f => f.Name).Distinct().Count());
    }

    [Fact]
    public void Every_http_function_of_the_app_declares_the_role_it_requires()
    {
        var undeclared = FunctionCatalog.App.Values
            .Where(f => f.Trigger is HttpTriggerAttribute && f.Method.GetCustomAttribute<RequiresRoleAttribute>() is null)
            .Select(f => f.Name);

        Assert.Empty(undeclared);
    }

    [Fact]
    public void Refuses_an_http_function_that_relies_on_host_keys() =>
        Assert.Throws<NotSupportedException>(() => FunctionCatalog.Discover([typeof(FunctionKeyProtected)]));

    [Fact]
    public void Refuses_a_function_without_a_trigger() =>
        Assert.Throws<InvalidOperationException>(() => FunctionCatalog.Discover([typeof(NoTrigger)]));

    [Fact]
    public void Refuses_a_queue_on_another_storage_connection() =>
        Assert.Throws<NotSupportedException>(() => FunctionCatalog.Discover([typeof(OtherConnection)]));

    public sealed class FunctionKeyProtected
    {
        [Function("Protected")]
        public static string Run([HttpTrigger(AuthorizationLevel.Function, "get")] HttpRequest request) => request.Path;
    }

    public sealed class NoTrigger
    {
        [Function("Nothing")]
        public static string Run(string value) => value;
    }

    public sealed class OtherConnection
    {
        [Function("Elsewhere")]
        public static string Run([QueueTrigger("q", Connection = "OtherStorage")] string message) => message;
    }
}
