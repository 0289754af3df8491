using Matchmaker.Email;
using Microsoft.Extensions.DependencyInjection;

namespace Matchmaker.Tests.Unit.Email;

/// <summary>Where the templates are read from, under the setting's new and old names, and that edits show without a restart.</summary>
public sealed class TemplateFolderSettingTests : IDisposable
{
    private readonly TemplateFolderCopy copy = new();

    public void Dispose() => copy.Dispose();

    [Fact]
    public void Without_a_setting_the_templates_are_the_ones_beside_the_app()
    {
        Assert.Equal(TemplateFolderCopy.Shipped, FolderWith([]));
        Assert.True(File.Exists(Path.Combine(TemplateFolderCopy.Shipped, "ask-person.text.liquid")));
    }

    [Fact]
    public void The_email_setting_names_the_folder()
    {
        Assert.Equal(copy.Path, FolderWith(new() { ["Matchmaker:Email:TemplatesPath"] = copy.Path }));
    }

    [Fact]
    public void The_old_introductions_setting_is_still_accepted()
    {
        Assert.Equal(copy.Path, FolderWith(new() { ["Matchmaker:Introductions:TemplatesPath"] = copy.Path }));
    }

    [Fact]
    public void When_both_names_are_set_the_new_one_wins()
    {
        var folder = FolderWith(new()
        {
            ["Matchmaker:Introductions:TemplatesPath"] = TemplateFolderCopy.Shipped,
            ["Matchmaker:Email:TemplatesPath"] = copy.Path,
        });

        Assert.Equal(copy.Path, folder);
    }

    [Fact]
    public void A_relative_folder_is_resolved_against_the_current_directory()
    {
        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "my-templates"), FolderWith(new() { ["Matchmaker:Email:TemplatesPath"] = "my-templates" }));
    }

    [Fact]
    public async Task An_edited_template_shows_in_the_next_email_without_a_restart()
    {
        copy.Write("probe.text.liquid", "Subject: First {{ name }}\nHello {{ name }}.");
        copy.Write("probe.html.liquid", "<p>Hello {{ name }}.</p>");
        using var services = EmailServices.Build(new Dictionary<string, string?> { ["Matchmaker:Email:TemplatesPath"] = copy.Path });
        var templates = services.GetRequiredService<EmailTemplates>();
        var values = new Dictionary<string, object?> { ["name"] = "Zoë <b>" };

        var first = await templates.RenderAsync("probe", values);
        copy.Write("probe.text.liquid", "Subject: Second {{ name }}\nGood day {{ name }}.");
        copy.Write("probe.html.liquid", "<p>Good day {{ name }}.</p>");
        var second = await templates.RenderAsync("probe", values);

        Assert.Equal(("First Zoë <b>", "Hello Zoë <b>.", "<p>Hello Zo&#xEB; &lt;b&gt;.</p>"), first);
        Assert.Equal(("Second Zoë <b>", "Good day Zoë <b>.", "<p>Good day Zo&#xEB; &lt;b&gt;.</p>"), second);
    }

    private static string FolderWith(Dictionary<string, string?> settings)
    {
        using var services = EmailServices.Build(settings);
        return services.GetRequiredService<TemplateFiles>().Folder;
    }
}
