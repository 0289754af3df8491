using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Matchmaker.Email;

/// <summary>
/// Email settings that were renamed are still read under their old names, so that no deployment breaks
/// when it upgrades; when both names are set, the new one wins. A post-configuration, so it runs after the
/// <c>Matchmaker:Email</c> section is bound.
/// </summary>
public sealed class EmailSettingOldNames(IConfiguration configuration) : IPostConfigureOptions<EmailOptions>
{
    /// <summary>The old name of <see cref="EmailOptions.TemplatesPath"/>, from when only introductions had templates.</summary>
    public const string TemplatesPath = "Matchmaker:Introductions:TemplatesPath";

    /// <summary>The old name of <see cref="EmailOptions.EmlFolder"/>, from when the folder was called the outbox.</summary>
    public const string EmlFolder = "Matchmaker:Email:OutboxPath";

    public void PostConfigure(string? name, EmailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!IsSet(nameof(EmailOptions.TemplatesPath)) && configuration[TemplatesPath] is { Length: > 0 } templates)
        {
            options.TemplatesPath = templates;
        }

        if (!IsSet(nameof(EmailOptions.EmlFolder)) && configuration[EmlFolder] is { Length: > 0 } emlFolder)
        {
            options.EmlFolder = emlFolder;
        }
    }

    private bool IsSet(string setting) => !string.IsNullOrEmpty(configuration[$"{EmailOptions.SectionName}:{setting}"]);
}
