using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace Matchmaker.Tests.System.Deployment;

/// <summary>azure.yaml and infra/main.parameters.json agree with the templates and the app.</summary>
public sealed class AzdFilesTests(CompiledTemplate template) : IClassFixture<CompiledTemplate>
{
    [Fact]
    public void Azure_yaml_deploys_one_function_service_from_functions_tagged_as_the_template_tags_the_app()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Repository.Path("azure.yaml"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;

        var services = (YamlMappingNode)root["services"];
        var (name, service) = Assert.Single(services.Children);
        var fields = ((YamlMappingNode)service).Children.ToDictionary(c => c.Key.ToString(), c => c.Value.ToString());
        Assert.Equal(("function", "./functions", "dotnet"), (fields["host"], fields["project"], fields["language"]));
        Assert.True(Directory.Exists(Repository.Path("functions")));
        var tags = (Dictionary<string, object?>)template.Plain.One("Microsoft.Web/sites").Body["tags"]!;
        Assert.Equal(name.ToString(), tags["azd-service-name"]);
        Assert.Equal(("bicep", "infra", "main"), (root["infra"]["provider"].ToString(), root["infra"]["path"].ToString(), root["infra"]["module"].ToString()));
    }

    [Fact]
    public void The_parameters_file_gives_every_required_parameter_and_names_no_unknown_one()
    {
        using var parameters = JsonDocument.Parse(File.ReadAllText(Repository.Path("infra", "main.parameters.json")));
        var given = parameters.RootElement.GetProperty("parameters").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetProperty("value"));
        var declared = template.Root.GetProperty("parameters").EnumerateObject().ToList();

        Assert.Empty(given.Keys.Except(declared.Select(p => p.Name)));
        Assert.All(declared.Where(p => !p.Value.TryGetProperty("defaultValue", out _)), p => Assert.Contains(p.Name, given.Keys));
        Assert.Equal("${AZURE_ENV_NAME}", given["environmentName"].GetString());
        Assert.Equal("${AZURE_LOCATION}", given["location"].GetString());
        // Secrets come from the azd environment, never from the file.
        Assert.Matches("^\\$\\{[A-Z_]+=\\}$", given["sendGridApiKey"].GetString()!);
        Assert.Matches("^\\$\\{[A-Z_]+=\\}$", given["coordinatorKey"].GetString()!);
        Assert.Equal("${MATCHMAKER_SUPPRESSION_KEY=}", given["suppressionKey"].GetString());
        Assert.Equal("${SENDGRID_EVENT_WEBHOOK_PUBLIC_KEY=}", given["eventWebhookPublicKey"].GetString());
    }
}
