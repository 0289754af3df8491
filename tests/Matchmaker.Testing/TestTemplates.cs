using Matchmaker.Email;
using Microsoft.Extensions.Options;

namespace Matchmaker.Testing;

/// <summary>The template classes over the shipped templates, or over a folder of the test's own.</summary>
public static class TestTemplates
{
    public static TemplateFiles Files(string? folder = null) => new(Options.Create(new EmailOptions { TemplatesPath = folder }));

    public static ConfirmationEmail Confirmation(string? folder = null) => new(new EmailTemplates(Files(folder)));

    public static SignInEmail SignIn(string? folder = null) => new(new EmailTemplates(Files(folder)));

    public static PageTemplates Pages(string? folder = null) => new(Files(folder));
}
