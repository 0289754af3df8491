using Matchmaker.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Matchmaker.Tests.Unit.Email;

/// <summary>The folder of .eml files under the setting's new name and its old one (from when it was called the outbox).</summary>
public sealed class EmlFolderSettingTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "matchmaker-tests", $"eml-setting-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task The_new_name_names_the_folder_the_emails_are_written_to()
    {
        var folder = Path.Combine(root, "new");

        await SendOneAsync(new() { ["Matchmaker:Email:EmlFolder"] = folder });

        Assert.Single(Directory.GetFiles(folder, "*.eml"));
    }

    [Fact]
    public async Task The_old_name_is_still_accepted()
    {
        var folder = Path.Combine(root, "old");

        await SendOneAsync(new() { ["Matchmaker:Email:OutboxPath"] = folder });

        Assert.Single(Directory.GetFiles(folder, "*.eml"));
    }

    [Fact]
    public async Task When_both_names_are_set_the_new_one_wins()
    {
        var (newFolder, oldFolder) = (Path.Combine(root, "new"), Path.Combine(root, "old"));

        await SendOneAsync(new() { ["Matchmaker:Email:OutboxPath"] = oldFolder, ["Matchmaker:Email:EmlFolder"] = newFolder });

        Assert.Single(Directory.GetFiles(newFolder, "*.eml"));
        Assert.False(Directory.Exists(oldFolder));
    }

    [Fact]
    public void Without_either_the_folder_is_emails_in_the_current_directory()
    {
        using var services = EmailServices.Build(new Dictionary<string, string?>());

        Assert.Equal(Path.Combine(Environment.CurrentDirectory, ".emails"), services.GetRequiredService<IOptions<EmailOptions>>().Value.EmlFolderFullPath);
    }

    private static async Task SendOneAsync(Dictionary<string, string?> settings)
    {
        using var services = EmailServices.Build(settings);
        var sender = services.GetRequiredService<IEmailSender>();
        Assert.IsType<EmlFolderEmailSender>(sender);
        await sender.SendAsync(TestEmails.Introduction(), default);
    }
}
