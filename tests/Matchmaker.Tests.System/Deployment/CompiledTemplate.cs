using System.Text.Json;

namespace Matchmaker.Tests.System.Deployment;

/// <summary>infra/main.bicep compiled once by the Bicep CLI into ARM JSON, shared by the deployment tests.</summary>
public sealed class CompiledTemplate : IAsyncLifetime
{
    public const string SendGridKey = "SG.not-a-real-key-only-for-this-test";
    public const string CoordinatorKey = "not-a-real-coordinator-key-only-for-this-test";
    public const string SuppressionKey = "not-a-real-suppression-key-only-for-this-test";
    public const string EventWebhookPublicKey = "not-a-real-webhook-public-key-only-for-this-test";

    private JsonDocument? document;

    public string Json { get; private set; } = "";

    public JsonElement Root => document!.RootElement;

    /// <summary>A deployment with every secret given.</summary>
    public List<ArmResource> WithSecrets => Deploy(new()
    {
        ["sendGridApiKey"] = SendGridKey,
        ["coordinatorKey"] = CoordinatorKey,
        ["suppressionKey"] = SuppressionKey,
        ["eventWebhookPublicKey"] = EventWebhookPublicKey,
    });

    /// <summary>A deployment with only what azd always passes.</summary>
    public List<ArmResource> Plain => Deploy([]);

    public List<ArmResource> Deploy(Dictionary<string, object?> parameters)
    {
        parameters.TryAdd("environmentName", "matchmaker-test");
        parameters.TryAdd("location", "uksouth");
        return ArmTemplate.Resources(Root, parameters);
    }

    public async Task InitializeAsync()
    {
        var (exitCode, output, errors) = await BicepCli.RunAsync("build", BicepCli.MainTemplate, "--stdout");
        if (exitCode != 0 || errors.Length > 0)
        {
            throw new InvalidOperationException($"bicep build failed ({exitCode}): {errors}");
        }

        Json = output;
        document = JsonDocument.Parse(output);
    }

    public Task DisposeAsync()
    {
        document?.Dispose();
        return Task.CompletedTask;
    }
}
