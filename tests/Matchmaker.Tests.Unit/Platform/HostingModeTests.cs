using Matchmaker.Platform.Hosting;

namespace Matchmaker.Tests.Unit.Platform;

public sealed class HostingModeTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public void Plain_dotnet_run_is_standalone() =>
        Assert.False(HostingMode.IsFunctionsHost([], NoEnvironment));

    [Theory]
    [InlineData("--functions-uri")]
    [InlineData("--functions-worker-id")]
    [InlineData("--host")]
    [InlineData("--workerId")]
    public void Arguments_from_the_functions_host_select_the_worker(string argument) =>
        Assert.True(HostingMode.IsFunctionsHost([argument, "value"], NoEnvironment));

    [Fact]
    public void Arguments_in_name_equals_value_form_are_recognised() =>
        Assert.True(HostingMode.IsFunctionsHost(["--functions-uri=http://127.0.0.1:1234/"], NoEnvironment));

    [Theory]
    [InlineData("FUNCTIONS_WORKER_RUNTIME")]
    [InlineData("Functions__Worker__HostEndpoint")]
    [InlineData("AZURE_FUNCTIONS_NATIVE_HOST")]
    public void Environment_set_by_the_functions_host_selects_the_worker(string variable) =>
        Assert.True(HostingMode.IsFunctionsHost([], name => name == variable ? "set" : null));

    [Fact]
    public void Unrelated_arguments_stay_standalone() =>
        Assert.False(HostingMode.IsFunctionsHost(["--urls", "http://localhost:5000", "--environment=Development"], NoEnvironment));
}
