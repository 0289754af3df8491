
namespace Matchmaker.Tests.Storage.Email;

/// <summary>An app whose templates are a copy the tests edit, named with <c>Matchmaker:Email:TemplatesPath</c>.</summary>
public sealed class EditedTemplatesWorld : ApiWorld
{
    public TemplateFolderCopy Templates { get; } = new();

    protected override IEnumerable<string> Settings => [.. base.Settings, $"--Matchmaker:Email:TemplatesPath={Templates.Path}"];

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Templates.Dispose();
    }
}
