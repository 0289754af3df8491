namespace Matchmaker.Tests.System.Deployment;

/// <summary>The same checks as .ci/run: infra/ compiles and lints with no error and no warning, offline.</summary>
public sealed class BicepBuildTests
{
    [Fact]
    public async Task The_templates_compile_without_a_warning()
    {
        var (exitCode, output, errors) = await BicepCli.RunAsync("build", BicepCli.MainTemplate, "--stdout");

        Assert.Equal((0, ""), (exitCode, errors));
        Assert.StartsWith("{", output.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_linter_finds_nothing()
    {
        var (exitCode, output, errors) = await BicepCli.RunAsync("lint", BicepCli.MainTemplate);

        Assert.Equal((0, "", ""), (exitCode, output.Trim(), errors.Trim()));
    }
}
